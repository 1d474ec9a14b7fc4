import { defineMessages } from '../messages';

export const tableMessages = defineMessages({
  fi: {
    'table.sortedAscending': "Lajiteltu sarakkeen {column} mukaan nousevaan järjestykseen",
    'table.sortedDescending': "Lajiteltu sarakkeen {column} mukaan laskevaan järjestykseen",
    'table.empty': "Ei näytettäviä rivejä",
    'table.selectAll': "Valitse kaikki rivit",
    'table.selectRow': "Valitse",
  },
  sv: {
    'table.sortedAscending': "Sorterad efter kolumnen {column} i stigande ordning",
    'table.sortedDescending': "Sorterad efter kolumnen {column} i fallande ordning",
    'table.empty': "Inga rader att visa",
    'table.selectAll': "Välj alla rader",
    'table.selectRow': "Välj",
  },
  en: {
    'table.sortedAscending': "Sorted by {column}, ascending",
    'table.sortedDescending': "Sorted by {column}, descending",
    'table.empty': "No rows to show",
    'table.selectAll': "Select all rows",
    'table.selectRow': "Select",
  },
});
