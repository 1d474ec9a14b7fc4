import { defineMessages } from '../messages';

export const progressBarMessages = defineMessages({
  fi: {
    'progressBar.value': "{percent} %",
    'progressBar.progress': "{label}: {percent} %",
    'progressBar.progressText': "{label}: {value}",
    'progressBar.complete': "{label}: valmis",
  },
  sv: {
    'progressBar.value': "{percent} %",
    'progressBar.progress': "{label}: {percent} %",
    'progressBar.progressText': "{label}: {value}",
    'progressBar.complete': "{label}: klart",
  },
  en: {
    'progressBar.value': "{percent}%",
    'progressBar.progress': "{label}: {percent}%",
    'progressBar.progressText': "{label}: {value}",
    'progressBar.complete': "{label}: complete",
  },
});
