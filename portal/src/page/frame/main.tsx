import { render } from 'react-dom';
import './frame.css';
import { TeamsFrame } from './TeamsFrame';

render(<TeamsFrame />, document.getElementById('root'));
