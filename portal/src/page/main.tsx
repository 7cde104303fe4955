import { render } from 'react-dom';
import { registerFeedIcons, registerTalentfinderIcons } from '@samen/ui';
import { PortalPage } from './PortalPage';
import { sharePointTealTheme } from './theme';

registerTalentfinderIcons();
registerFeedIcons();
render(<PortalPage theme={sharePointTealTheme} />, document.getElementById('root'));
