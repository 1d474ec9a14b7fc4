import { defineMessages } from '../messages';

export const toggletipMessages = defineMessages({
  fi: {
    'toggletip.label': "Lisätietoa",
    'toggletip.labelWithTopic': "Lisätietoa: {topic}",
  },
  sv: {
    'toggletip.label': "Mer information",
    'toggletip.labelWithTopic': "Mer information: {topic}",
  },
  en: {
    'toggletip.label': "More information",
    'toggletip.labelWithTopic': "More information: {topic}",
  },
});
