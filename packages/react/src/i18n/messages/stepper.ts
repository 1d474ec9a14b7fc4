import { defineMessages } from '../messages';

export const stepperMessages = defineMessages({
  fi: {
    'stepper.label': "Vaiheet",
    'stepper.step': "Vaihe {number}",
    'stepper.status.completed': "Valmis",
    'stepper.status.inProgress': "Kesken",
    'stepper.status.notStarted': "Ei aloitettu",
    'stepper.status.cannotStart': "Ei voi vielä aloittaa",
  },
  sv: {
    'stepper.label': "Steg",
    'stepper.step': "Steg {number}",
    'stepper.status.completed': "Klar",
    'stepper.status.inProgress': "Pågår",
    'stepper.status.notStarted': "Inte påbörjad",
    'stepper.status.cannotStart': "Kan inte påbörjas än",
  },
  en: {
    'stepper.label': "Steps",
    'stepper.step': "Step {number}",
    'stepper.status.completed': "Completed",
    'stepper.status.inProgress': "In progress",
    'stepper.status.notStarted': "Not started",
    'stepper.status.cannotStart': "Cannot start yet",
  },
});
