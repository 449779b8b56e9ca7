// Storybook's manifest: the kit's own configuration (../custom-elements-manifest.config.mjs), plus
// the tag names the kit registers through defineElement(), written where Storybook reads it.
import kit from '../custom-elements-manifest.config.mjs';
import { defineElementPlugin } from './cem-define-element.mjs';

export default {
  ...kit,
  outdir: '.storybook/generated',
  plugins: [...(kit.plugins ?? []), defineElementPlugin()],
};
