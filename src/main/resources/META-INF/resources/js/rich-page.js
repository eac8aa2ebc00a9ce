// Pages rendered on the server: turn every .rich text into code and math.
import { setRich } from './common.js';

document.querySelectorAll('.rich').forEach((node) => setRich(node, node.textContent));
