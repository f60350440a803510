import type { Messages } from './en.js';

export const nl: Messages = {
  'site.skipToContent': 'Direct naar de inhoud',
  'site.languageSwitch': 'Taal',
  'site.footer.contact': 'Klachtenafdeling: {phone}',
  'site.footer.address': 'Per post: {address}',
  'site.footer.ombudsman': 'Onafhankelijke geschillenregeling',
  'site.footer.code': 'Onze gedragscode voor klachten',

  'home.title': 'Klachten en vragen',
  'home.intro':
    '{organisation} behandelt alle problemen, klachten en vragen aan één loket. Vertel ons wat er is gebeurd: we bevestigen het meteen, met een traceernummer en de datum waarop u een antwoord kunt verwachten.',
  'home.makeComplaint': 'Een klacht indienen',
  'home.makeComplaint.hint': 'Er ging iets mis en u wilt dat het wordt rechtgezet.',
  'home.askQuestion': 'Een vraag stellen',
  'home.askQuestion.hint': 'Een dienstwijziging, uw instellingen, uw account of een factuur.',
  'home.followCase': 'Mijn zaak volgen',
  'home.followCase.hint': 'Bekijk hoe het met uw zaak staat, reageer of vraag om escalatie.',
  'home.complaintsCode': 'Onze gedragscode voor klachten',
  'home.complaintsCode.hint': 'Wat we beloven als u een klacht indient, stap voor stap.',
  'home.independentResolution': 'Onafhankelijke geschillenregeling',
  'home.independentResolution.hint':
    'Komen we er samen niet uit, dan kan een onafhankelijke instantie kosteloos helpen.',
  'home.byPhoneOrPost':
    'U kunt ook telefonisch een klacht indienen via {phone} of schriftelijk bij {address}.',

  'error.notFound.title': 'Pagina niet gevonden',
  'error.notFound.body': 'Op dit adres staat geen pagina.',
  'error.generic.title': 'Er ging iets mis',
  'error.generic.body':
    'We konden dit verzoek niet verwerken. Er is niets verloren gegaan; probeer het opnieuw.',
  'error.backHome': 'Terug naar de startpagina',
};
