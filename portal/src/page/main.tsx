import { render } from 'react-dom';
import { registerTalentfinderIcons } from '@samen/ui';
import { PortalPage } from './PortalPage';
import { sharePointTealTheme } from './theme';

registerTalentfinderIcons();
render(<PortalPage theme={sharePointTealTheme} />, document.getElementById('root'));
