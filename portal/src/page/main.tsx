import { render } from 'react-dom';
import { registerPortalIcons } from './icons';
import { PortalPage } from './PortalPage';
import { sharePointTealTheme } from './theme';

registerPortalIcons();
render(<PortalPage theme={sharePointTealTheme} />, document.getElementById('root'));
