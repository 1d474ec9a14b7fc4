// The stylesheets of every component, found by folder so a component being written does not break the
// others' stories. (The published styles.css lists them explicitly; the conventions check keeps it complete.)
import '@aukio/tokens/tokens.css';
import '../packages/react/src/internal/base.css';
import '../packages/react/src/internal/field.css';

import.meta.glob('../packages/react/src/*/*.css', { eager: true });
