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

  'field.optional': 'optioneel',
  'field.name': 'Uw naam',
  'field.email': 'E-mailadres',
  'field.email.hint': 'Verplicht, tenzij u liever per post van ons hoort.',
  'field.phone': 'Telefoonnummer',
  'field.postalAddress': 'Postadres',
  'field.postalAddress.hint': 'Verplicht als u liever per post van ons hoort.',
  'field.accountNumber': 'Klantnummer',
  'field.customerType': 'U bent',
  'field.region': 'Provincie of territorium',
  'field.service': 'Betreffende dienst',
  'field.category': 'Waar gaat het over?',
  'field.description': 'Wat is er gebeurd?',
  'field.description.hint': 'Beschrijf het probleem in uw eigen woorden, met data als u die weet.',
  'field.history': 'Wat is er tot nu toe gebeurd?',
  'field.history.hint': 'Eerdere contacten met ons en wat er gezegd of gedaan is.',
  'field.references': 'Eerdere zaaknummers',
  'field.references.hint': 'Scheid meerdere nummers met komma’s.',
  'field.desiredOutcome': 'Wat wilt u dat wij doen?',
  'field.preferredContact': 'Hoe kunnen we u het best bereiken?',
  'field.kind': 'Wat wilt u doen?',

  'kind.complaint': 'Een klacht indienen',
  'kind.inquiry': 'Een vraag stellen of een verzoek doen (dienstwijziging, instellingen, account of factuur)',

  'customerType.residential': 'Een particuliere klant',
  'customerType.small_business': 'Een klein bedrijf',
  'customerType.enterprise': 'Een groot bedrijf of een organisatie',

  'region.choose': 'Kies…',
  'region.AB': 'Alberta',
  'region.BC': 'Brits-Columbia',
  'region.MB': 'Manitoba',
  'region.NB': 'New Brunswick',
  'region.NL': 'Newfoundland en Labrador',
  'region.NS': 'Nova Scotia',
  'region.NT': 'Northwest Territories',
  'region.NU': 'Nunavut',
  'region.ON': 'Ontario',
  'region.PE': 'Prins Edwardeiland',
  'region.QC': 'Quebec',
  'region.SK': 'Saskatchewan',
  'region.YT': 'Yukon',

  'service.voice': 'Telefonie (spraak)',
  'service.internet': 'Internet',
  'service.tv': 'Televisie',
  'service.wireless': 'Mobiel',
  'service.other': 'Iets anders',

  'category.billing': 'Een factuur of kosten',
  'category.service_delivery': 'De dienst werkt niet zoals het hoort',
  'category.contract': 'Mijn contract of de voorwaarden',
  'category.credit_management': 'Betalingen, incasso of afsluiting',
  'category.installation': 'Installatie of reparatie',
  'category.customer_service': 'Hoe ik ben behandeld',
  'category.privacy': 'Mijn persoonsgegevens',
  'category.pricing': 'Prijzen',
  'category.other': 'Iets anders',

  'contact.email': 'Per e-mail',
  'contact.phone': 'Telefonisch',
  'contact.post': 'Per post',

  'validation.required': 'Vul dit in.',
  'validation.email': 'Vul een e-mailadres in, zoals naam@voorbeeld.nl.',
  'validation.tooLong': 'Dit is te lang: hoogstens {max} tekens.',
  'validation.choice': 'Kies een van de mogelijkheden.',
  'validation.invalid': 'Deze waarde is niet geldig.',
  'validation.dateInPast': 'Deze datum is al voorbij.',
  'validation.codeIncorrect': 'Deze code klopt niet of is verlopen.',
  'validation.passwordTooShort': 'Gebruik minstens 12 tekens.',
  'validation.dateInFuture': 'Deze datum ligt in de toekomst.',
  'validation.attachmentType': '{file}: alleen PDF-, PNG- en JPEG-bestanden kunnen worden bijgevoegd.',
  'validation.attachmentTooLarge': '{file}: een bestand mag hoogstens 10 MB zijn.',
  'validation.attachmentTooMany': 'U kunt hoogstens 5 bestanden bijvoegen.',
  'validation.attachmentEmpty': '{file}: dit bestand is leeg.',
  'field.attachments': 'Documenten',
  'field.attachments.hint':
    'Een factuur, een brief of een schermafbeelding: tot 5 bestanden (PDF, PNG of JPEG), elk hoogstens 10 MB.',
  'validation.summary': 'Verbeter het volgende:',

  'complaintForm.title.complaint': 'Een klacht indienen',
  'complaintForm.title.inquiry': 'Een vraag stellen',
  'complaintForm.intro':
    'Vertel ons wat er is gebeurd. Zodra u dit formulier verstuurt, krijgt u een traceernummer, de stappen die we zullen volgen en de datum waarop we u willen antwoorden.',
  'complaintForm.section.you': 'Over u',
  'complaintForm.section.case': 'Over uw zaak',
  'complaintForm.submit': 'Versturen',

  'ack.title.complaint': 'We hebben uw klacht ontvangen',
  'ack.title.inquiry': 'We hebben uw vraag ontvangen',
  'ack.title.firstContact': 'Bevestiging van wat we hebben afgesproken',
  'ack.trackingNumber': 'Uw traceernummer',
  'ack.trackingNumber.hint':
    'Bewaar het: u hebt het nodig om uw zaak te volgen en telkens als u contact met ons opneemt.',
  'ack.trackingNumber.spoken': 'Hardop: {spoken}',
  'ack.expected.complaint': 'We streven ernaar ons onderzoek af te ronden op {date}.',
  'ack.expected.inquiry': 'We streven ernaar u te antwoorden op {date}.',
  'ack.received': 'Ontvangen op {date}.',
  'ack.receivedLetter': 'Uw brief kwam binnen op {received}; we hebben hem geregistreerd op {recorded}.',
  'ack.procedure': 'Wat er nu gebeurt',
  'ack.follow': 'Volg uw zaak online op {url} met uw traceernummer en uw e-mailadres.',
  'ack.escalate':
    'Niet tevreden? U kunt uw klacht laten beoordelen door een hogere manager of het hoofd van het ondersteuningsteam: op dezelfde pagina, telefonisch via {phone}, of schriftelijk bij {address}. Vermeld duidelijk dat u wilt dat uw klacht wordt geëscaleerd.',
  'ack.contact': 'Onze contactgegevens',
  'ack.sentByEmail': 'We hebben deze bevestiging ook gestuurd naar {email}.',
  'ack.sentByPost': 'We sturen u deze bevestiging ook per post.',
  'ack.firstContact.summary': 'Wat we hebben afgesproken: {summary}',
  'ack.firstContact.comeBack':
    'Komt het probleem terug, neem dan contact met ons op en vermeld uw traceernummer: we pakken het weer op als klacht.',
  'ack.message.complaint':
    'Uw klacht {trackingNumber} is ontvangen. We streven ernaar ons onderzoek af te ronden op {date}.',
  'ack.message.inquiry':
    'Uw vraag {trackingNumber} is ontvangen. We streven ernaar u te antwoorden op {date}.',
  'ack.message.firstContact': 'Uw klacht {trackingNumber} is tijdens uw contact met ons opgelost.',

  'ack.printLetter': 'Download deze bevestiging als afdrukbare brief (PDF)',
  'letter.dateLine': '{date}',
  'letter.subject': 'Onderwerp: {title} — {trackingNumber}',

  'procedure.investigate':
    'Een adviseur onderzoekt uw klacht. Hij of zij kan u vragen stellen, onder meer om uw identiteit te verifiëren.',
  'procedure.keep_in_touch': 'We houden tijdens het onderzoek regelmatig contact met u.',
  'procedure.outcome': 'We laten u het resultaat weten zodra het onderzoek is afgerond.',
  'procedure.escalate':
    'Bent u niet tevreden met het resultaat, dan kunt u uw klacht laten beoordelen door een hogere manager en/of het hoofd van het ondersteuningsteam.',
  'procedure.ombudsman':
    'Komen we er dan nog niet uit, dan kan de {ombudsman} kosteloos helpen: {website}, {phone}.',
  'procedure.answer': 'Een adviseur beantwoordt uw vraag of voert uw verzoek uit.',
  'procedure.convert_if_unsatisfied':
    'Lost het antwoord het niet op, dan kunt u uw vraag op elk moment omzetten in een klacht.',

  'email.greeting': 'Beste {name},',
  'email.signature': '{organisation} — Klachtenafdeling',

  'nav.backHome': 'Startpagina',
  'code.title': 'Onze gedragscode voor klachten',
  'code.intro':
    'Dit is de gedragscode die {organisation} volgt als u een klacht indient. Elke belofte erin is ingebouwd in de manier waarop we uw zaak behandelen.',
  'code.s1.title': 'I. Een klacht indienen',
  'code.s1.p1':
    'Onze klantenondersteuning behandelt alle problemen en klachten, en beantwoordt daarnaast uw vragen over dagelijkse dienstwijzigingen, instellingen, en accounts/facturering. Als u een probleem hebt, of als u al contact met ons team hebt opgenomen maar niet het gevoel hebt dat u een passend niveau van ondersteuning hebt gekregen, kunt u een klacht indienen: (a) via ons onlineformulier; (b) telefonisch op {phone}; en/of (c) schriftelijk, ter attentie van: {address}.',
  'code.s1.p2':
    'Vermeld duidelijk de aard van de klacht en de relevante voorgeschiedenis, zo nodig met eerdere zaaknummers, zodat we uw klacht gedegen in behandeling kunnen nemen.',
  'code.s2.title': 'II. Wat u kunt verwachten',
  'code.s2.p1':
    'Wij streven ernaar alle klachten naar tevredenheid van onze klanten op te lossen. Onze adviseurs kunnen u vragen stellen om uw identiteit te verifiëren en proberen een probleem zo snel mogelijk op te lossen (indien mogelijk al tijdens het telefoongesprek of de chat). Klachten worden onmiddellijk bevestigd: we kennen u een traceernummer toe, brengen u op de hoogte van de procedure die we volgen om de klacht te onderzoeken, en geven bij benadering aan binnen welke termijn we het onderzoek willen afronden.',
  'code.s2.p2':
    'Onze adviseurs houden regelmatig contact met u en laten u het resultaat onverwijld weten zodra het onderzoek is afgerond.',
  'code.s3.title': 'III. Een klacht escaleren',
  'code.s3.p1':
    'Als u vindt dat uw klacht niet naar tevredenheid wordt behandeld, kunt u haar escaleren naar een hogere manager en/of het hoofd van het ondersteuningsteam, op dezelfde manieren waarop u een klacht kunt indienen: schriftelijk, telefonisch of via uw zaak. Vermeld er duidelijk bij dat u wilt dat uw klacht wordt geëscaleerd naar een hogere manager en/of het hoofd van het ondersteuningsteam.',
  'code.s4.title': 'IV. Onafhankelijke geschillenregeling',
  'code.s4.p1':
    'Hoewel wij er alles aan doen om uw klacht snel en efficiënt op te lossen, is soms een neutrale derde partij nodig. U kunt zich wenden tot de {ombudsman}, een onafhankelijke instantie die klachten van consumenten over hun telecom- en tv-diensten, en klachten van kleine bedrijven over hun telecomdiensten, kosteloos oplost. U moet uw klacht eerst met ons proberen op te lossen; is dat niet naar tevredenheid gelukt, dan kan de {ombudsman} u misschien helpen. Meer informatie: {website}, gratis bellen naar {ombudsmanPhone}.',
  'ombudsman.title': 'Onafhankelijke geschillenregeling',
  'ombudsman.what':
    'De {ombudsman} is onafhankelijk van {organisation}. Zij lost kosteloos klachten op van consumenten over hun telefoon-, internet-, mobiele en tv-diensten, en van kleine bedrijven over hun telecomdiensten.',
  'ombudsman.first':
    'Geef ons eerst de kans het recht te zetten: dien een klacht in en laat haar escaleren naar een hogere manager of het hoofd van het ondersteuningsteam als u niet tevreden bent. Lost dat het niet op, dan kunt u zich tot de {ombudsman} wenden.',
  'ombudsman.free': 'Haar hulp kost u niets.',
  'ombudsman.contact': 'Website: {website} — gratis: {phone}',
  'ombudsman.complainFirst': 'Eerst een klacht bij ons indienen',

  'error.notFound.title': 'Pagina niet gevonden',
  'error.notFound.body': 'Op dit adres staat geen pagina.',
  'error.generic.title': 'Er ging iets mis',
  'error.generic.body':
    'We konden dit verzoek niet verwerken. Er is niets verloren gegaan; probeer het opnieuw.',
  'error.tooMany.title': 'Te veel inzendingen',
  'error.tooMany.body':
    'U hebt in korte tijd meerdere formulieren verstuurd. Wacht een minuut en probeer het opnieuw; wat u eerder stuurde, is niet verloren.',
  'error.backHome': 'Terug naar de startpagina',

  'msg.caseLine': 'Dossier {trackingNumber}',
  'msg.level.2': 'een senior manager',
  'msg.level.3': 'het hoofd klantenservice',
  'msg.progress_update.subject': 'Nieuws over uw dossier {trackingNumber}',
  'msg.progress_update.nextUpdate': 'U hoort uiterlijk {date} opnieuw van ons.',
  'msg.information_request.subject': 'We hebben informatie nodig — dossier {trackingNumber}',
  'msg.information_request.reply':
    'Beantwoord dit bericht of bel ons op {phone} met vermelding van {trackingNumber}.',
  'msg.outcome.subject': 'De uitkomst van uw dossier {trackingNumber}',
  'msg.outcome.intro': 'We hebben uw dossier onderzocht. Dit is ons antwoord:',
  'msg.remedy': 'Wat we doen om het recht te zetten: {remedy}',
  'msg.outcome.notSatisfied':
    'Bent u niet tevreden met deze uitkomst, dan kunt u vragen uw dossier door te geven aan {whom}: volg uw dossier op {followUrl} of bel ons op {phone}.',
  'msg.final_response.subject': 'Ons definitieve antwoord — dossier {trackingNumber}',
  'msg.final_response.intro': 'Dit is ons definitieve antwoord op uw klacht:',
  'msg.final_response.ombudsman':
    'Bent u nog steeds niet tevreden, dan kunt u uw klacht kosteloos voorleggen aan de {ombudsman}, een onafhankelijke instantie: {website}, gratis {phone}.',
  'msg.escalation_received.subject': 'Uw verzoek om escalatie — dossier {trackingNumber}',
  'msg.escalation_received.body':
    'We hebben uw verzoek ontvangen. Uw dossier ligt nu bij {whom}, die de hele voorgeschiedenis heeft en u zal antwoorden.',
  'msg.remedy_carried_out.subject': 'Gedaan zoals beloofd — dossier {trackingNumber}',
  'msg.remedy_carried_out.intro': 'We hebben gedaan wat we beloofden:',
  'msg.identity_code.subject': 'Uw verificatiecode',
  'msg.identity_code.body':
    'Uw verificatiecode is {code}. Lees hem voor aan de medewerker met wie u spreekt; hij is 15 minuten geldig. Heeft u nu geen contact met ons, negeer dan dit bericht.',
  'msg.password.reset.subject': 'Uw wachtwoord opnieuw instellen',
  'msg.password.reset.body':
    'Er is gevraagd het wachtwoord van uw account opnieuw in te stellen. Open binnen een uur deze link om een nieuw wachtwoord te kiezen: {link}. Was u het niet, negeer dan dit bericht.',
  'msg.password.welcome.subject': 'Uw account bij de klachtendienst',
  'msg.password.welcome.body':
    'Er is een account voor u aangemaakt. Open binnen 7 dagen deze link om uw wachtwoord te kiezen: {link}.',
};
