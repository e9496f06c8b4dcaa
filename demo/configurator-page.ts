/** Entry of demo/configurator.html: wires the page's form to its preview and code. */
import { setUpConfigurator } from './configurator.js';

setUpConfigurator(document);
