import { defineMessages } from '../messages';

export const skeletonMessages = defineMessages({
  fi: {
    'skeleton.label': "Sisältöä ladataan",
  },
  sv: {
    'skeleton.label': "Innehållet laddas",
  },
  en: {
    'skeleton.label': "Loading content",
  },
});
