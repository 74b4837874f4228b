/** Vitest global setup of the projects that read dist/: stop the run at once when there is no build. */
import { requireBuild } from '../site/built.ts';

export default function setup(): void {
  requireBuild();
}
