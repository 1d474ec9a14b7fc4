import { defineMessages } from '../messages';

export const taskListMessages = defineMessages({
  fi: {
    'taskList.status.completed': "Valmis",
    'taskList.status.inProgress': "Kesken",
    'taskList.status.notStarted': "Ei aloitettu",
    'taskList.status.cannotStart': "Ei voi vielä aloittaa",
    'taskList.empty': "Tehtäviä ei vielä ole.",
    'taskList.progress': "Olet tehnyt {done}/{count} tehtävää.",
  },
  sv: {
    'taskList.status.completed': "Klar",
    'taskList.status.inProgress': "Pågår",
    'taskList.status.notStarted': "Inte påbörjad",
    'taskList.status.cannotStart': "Kan inte påbörjas än",
    'taskList.empty': "Det finns inga uppgifter än.",
    'taskList.progress': "Du har slutfört {done} av {count} uppgifter.",
  },
  en: {
    'taskList.status.completed': "Completed",
    'taskList.status.inProgress': "In progress",
    'taskList.status.notStarted': "Not started",
    'taskList.status.cannotStart': "Cannot start yet",
    'taskList.empty': "There are no tasks yet.",
    'taskList.progress': "You have completed {done} of {count} tasks.",
  },
});
