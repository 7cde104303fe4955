// Name pools for a Dutch workforce. Lists are in rough popularity order (the generator weights earlier names
// higher). Dutch surnames keep their tussenvoegsel ("van der", "de", "van 't") as part of the surname, the way
// Dutch directories store them.

export type Gender = 'female' | 'male';

export interface NameOrigin {
  key: string;
  /** Relative share of the workforce. */
  weight: number;
  /** Given names; "dutch" reuses the Dutch pool (e.g. Moluccan-Dutch families). */
  given: { female: readonly string[]; male: readonly string[] } | 'dutch';
  surnames: readonly string[];
  /** Probability that the person prefers English (en-US) in Microsoft 365. */
  englishShare: number;
  /** Skill ids of languages people of this background may speak natively. */
  languages: readonly string[];
  /** Surnames that change with gender (Polish -ski / -ska). */
  feminineSurname?: (surname: string) => string;
  /** Universities abroad, used for people who moved to the Netherlands for work. */
  schoolsAbroad?: readonly string[];
}

const DUTCH_FEMALE = [
  'Emma', 'Sophie', 'Julia', 'Anne', 'Lotte', 'Sanne', 'Lisa', 'Anouk', 'Eva', 'Fleur', 'Iris', 'Femke', 'Linda',
  'Marieke', 'Esther', 'Monique', 'Sandra', 'Karin', 'Petra', 'Ingrid', 'Marloes', 'Ilse', 'Inge', 'Mirjam',
  'Nicole', 'Saskia', 'Wendy', 'Marleen', 'Joyce', 'Kim', 'Manon', 'Maaike', 'Renate', 'Annemieke', 'Els', 'Ria',
  'Jolanda', 'Hanneke', 'Carla', 'Astrid', 'Yvonne', 'Daniëlle', 'Mariska', 'Nienke', 'Roos', 'Noor', 'Tess',
  'Sara', 'Floor', 'Lieke', 'Evi', 'Merel', 'Demi', 'Romy', 'Britt', 'Mila', 'Zoë', 'Anne-Marie', 'Marjolein',
  'Janneke', 'Willemijn', 'Rianne', 'Judith', 'Miranda', 'Bianca', 'Claudia', 'Liesbeth', 'Gerda', 'Tineke',
  'Hester', 'Sietske', 'Jildou', 'Fenna', 'Loes', 'Maud',
];

const DUTCH_MALE = [
  'Jan', 'Pieter', 'Thomas', 'Mark', 'Martijn', 'Bas', 'Peter', 'Jeroen', 'Ruben', 'Daan', 'Sem', 'Lucas',
  'Kees', 'Henk', 'Willem', 'Johan', 'Rob', 'Erik', 'Dennis', 'Sander', 'Niels', 'Joost', 'Maarten', 'Wouter',
  'Tim', 'Stefan', 'Michiel', 'Bart', 'Ruud', 'Frank', 'Marco', 'Paul', 'Remco', 'Arjan', 'Hans', 'Gert-Jan',
  'Jan-Willem', 'Kevin', 'Robin', 'Jesse', 'Thijs', 'Luuk', 'Bram', 'Stijn', 'Sven', 'Jasper', 'Joris', 'Koen',
  'Dirk', 'Gijs', 'Hugo', 'Floris', 'Teun', 'Milan', 'Lars', 'Jelle', 'Sjoerd', 'Wim', 'Gerrit', 'Ton', 'Rick',
  'Roy', 'Patrick', 'Marcel', 'Edwin', 'Vincent', 'Menno', 'Hidde', 'Sietse', 'Jurre', 'Wessel', 'Reinier',
];

const DUTCH_SURNAMES = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer',
  'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer',
  'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan',
  'Vermeulen', 'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'de Bruin', 'van der Heijden',
  'Schouten', 'van Beek', 'Willems', 'van Vliet', 'van de Ven', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster',
  'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman', 'Peeters', 'Kuipers', 'van Wijk', 'Post', 'Kuiper',
  'Veenstra', 'Kramer', 'van den Brink', 'Scholten', 'Martens', 'Vink', 'de Ruiter', 'van der Laan', 'Groen',
  'Bosman', 'Hoogendoorn', 'Timmermans', 'Gerritsen', 'Jonker', 'van Loon', 'van Doorn', 'Verbeek', 'Evers',
  'Kroon', 'van Rijn', 'Wouters', 'Koning', 'Sanders', 'Mol', 'Goossens', 'van der Velden', 'Hermans',
  'Roelofs', 'van Rossum', 'Claassen', 'ter Horst', "van 't Hof", "in 't Veld", 'Oosterhuis', 'Zijlstra',
  'Bosch', 'Lammers', 'de Lange', 'van Essen', 'Teunissen', 'Hofman', 'Stam', 'Wolters', 'van der Zee',
  'Bouwman', 'van Gelder', 'Nijhuis', 'de Koning', 'Postma', 'Wijnands', 'van Kampen', 'op den Kamp',
];

/** Polish adjectival surnames take -a for women: Kowalski → Kowalska, Nowicki → Nowicka. */
const feminisePolish = (surname: string): string => surname.replace(/(ski|cki|dzki)$/, (end) => `${end.slice(0, -1)}a`);

export const ORIGINS: readonly NameOrigin[] = [
  {
    key: 'dutch',
    weight: 70,
    given: { female: DUTCH_FEMALE, male: DUTCH_MALE },
    surnames: DUTCH_SURNAMES,
    englishShare: 0.03,
    languages: [],
  },
  {
    key: 'turkish',
    weight: 4.5,
    given: {
      female: ['Ayşe', 'Fatma', 'Elif', 'Zeynep', 'Emine', 'Büşra', 'Merve', 'Esra', 'Özlem', 'Derya', 'Selin', 'Kübra', 'Melek', 'Sevgi', 'Hülya', 'Tülay'],
      male: ['Mehmet', 'Ahmet', 'Mustafa', 'Ali', 'Hüseyin', 'Hasan', 'İbrahim', 'Emre', 'Burak', 'Murat', 'Serkan', 'Hakan', 'Yusuf', 'Kemal', 'Orhan', 'Cem', 'Volkan', 'Onur', 'Tolga'],
    },
    surnames: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Kara', 'Koç', 'Kurt', 'Özkan', 'Şimşek', 'Polat', 'Güneş', 'Akın', 'Bulut'],
    englishShare: 0.06,
    languages: ['turkish'],
    schoolsAbroad: ['Boğaziçi Üniversitesi', 'Orta Doğu Teknik Üniversitesi', 'İstanbul Teknik Üniversitesi'],
  },
  {
    key: 'moroccan',
    weight: 4.5,
    given: {
      female: ['Fatima', 'Khadija', 'Samira', 'Nadia', 'Naima', 'Salma', 'Imane', 'Karima', 'Hanan', 'Loubna', 'Souad', 'Zineb', 'Malika', 'Hafsa', 'Yasmina', 'Nora', 'Sanae', 'Ikram'],
      male: ['Mohamed', 'Youssef', 'Ahmed', 'Khalid', 'Rachid', 'Said', 'Mustapha', 'Hamza', 'Bilal', 'Ayoub', 'Ilias', 'Soufiane', 'Anouar', 'Karim', 'Hicham', 'Nourdin', 'Redouan', 'Mimoun', 'Driss', 'Tarik', 'Othman'],
    },
    surnames: ['El Amrani', 'El Idrissi', 'Benali', 'Bouzid', 'Ait Taleb', 'El Khattabi', 'Ouali', 'Boukhari', 'Ziani', 'Ahmadi', 'Haddouchi', 'El Ouardi', 'Bakkali', 'Amrani', 'Tahiri', 'El Hamdaoui', 'Azzouzi', 'Chaouki', 'Belhaj', 'El Moussaoui', 'Essaidi', 'Benhaddou', 'Lamrani', 'Chaara'],
    englishShare: 0.03,
    languages: ['arabic', 'tamazight', 'french'],
  },
  {
    key: 'surinamese-hindustani',
    weight: 2.2,
    given: {
      female: ['Shanti', 'Kavita', 'Sharmila', 'Anita', 'Radha', 'Sunita', 'Reshma', 'Shalini', 'Nirmala', 'Asha', 'Devika'],
      male: ['Ravi', 'Anand', 'Sunil', 'Radjesh', 'Navin', 'Dinesh', 'Rakesh', 'Vishal', 'Ashwin', 'Ramesh', 'Kishan'],
    },
    surnames: ['Ramdin', 'Jagessar', 'Ramcharan', 'Mahabier', 'Soekhoe', 'Bhagwandin', 'Ramlal', 'Kalloe', 'Baldewsingh', 'Sital', 'Ramsaran', 'Jhinkoe', 'Bisessar', 'Doekhie', 'Kalpoe', 'Mangal', 'Ramautar'],
    englishShare: 0.02,
    languages: ['hindi', 'sranantongo'],
  },
  {
    key: 'surinamese-creole',
    weight: 2.2,
    given: {
      female: ['Denise', 'Sharon', 'Xiomara', 'Shirley', 'Rosita', 'Gracia', 'Natasha', 'Jennifer', 'Marcia', 'Gwendolyn'],
      male: ['Glenn', 'Marciano', 'Rowan', 'Jerrel', 'Clarence', 'Romano', 'Dwight', 'Errol', 'Ricardo', 'Stanley', 'Humphrey'],
    },
    surnames: ['Pinas', 'Wijngaarde', 'Sabajo', 'Ritfeld', 'Pengel', 'Doelwijt', 'Breinburg', 'Vlijter', 'Fränkel', 'Kross', 'Sedney', 'Linger', 'Karsodikromo', 'Kasanmoesdiran', 'Tjon A Fat', 'Amatsaleh'],
    englishShare: 0.02,
    languages: ['sranantongo'],
  },
  {
    key: 'antillean',
    weight: 1,
    given: {
      female: ['Jeanine', 'Suhaily', 'Gisela', 'Natasja', 'Rosa', 'Milouska', 'Yanira'],
      male: ['Shurandy', 'Churandy', 'Giovanni', 'Edsel', 'Ronald', 'Jurien', 'Kenneth'],
    },
    surnames: ['Martina', 'Rosario', 'Koeiman', 'Croes', 'Maduro', 'Isenia', 'Cijntje', 'Statia', 'Anthony', 'Elisabeth', 'Sint Jago'],
    englishShare: 0.05,
    languages: ['papiamento', 'spanish'],
  },
  {
    key: 'indian',
    weight: 3.5,
    given: {
      female: ['Priya', 'Ananya', 'Deepa', 'Neha', 'Kavya', 'Pooja', 'Lakshmi', 'Divya', 'Shreya', 'Aarti', 'Meera', 'Swati', 'Anjali', 'Nandini'],
      male: ['Rahul', 'Arjun', 'Vikram', 'Sanjay', 'Rohit', 'Aditya', 'Karthik', 'Suresh', 'Nikhil', 'Venkatesh', 'Amit', 'Rajesh', 'Vivek', 'Sai', 'Pranav', 'Siddharth'],
    },
    surnames: ['Sharma', 'Patel', 'Kumar', 'Singh', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Rao', 'Menon', 'Krishnan', 'Agarwal', 'Das', 'Pillai', 'Joshi', 'Mehta', 'Banerjee', 'Subramanian', 'Desai', 'Kulkarni', 'Srinivasan', 'Bhat'],
    englishShare: 0.85,
    languages: ['hindi', 'tamil'],
    schoolsAbroad: ['IIT Bombay', 'IIT Madras', 'Anna University', 'BITS Pilani', 'VIT University', 'University of Pune'],
  },
  {
    key: 'polish',
    weight: 2,
    given: {
      female: ['Agnieszka', 'Katarzyna', 'Magdalena', 'Anna', 'Marta', 'Joanna', 'Monika', 'Ewa', 'Aleksandra', 'Karolina', 'Natalia'],
      male: ['Piotr', 'Tomasz', 'Paweł', 'Krzysztof', 'Michał', 'Łukasz', 'Kamil', 'Marcin', 'Jakub', 'Mateusz', 'Grzegorz', 'Wojciech'],
    },
    surnames: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Mazur', 'Jankowski', 'Kwiatkowski', 'Krawczyk', 'Grabowski', 'Nowicki', 'Pawlak'],
    englishShare: 0.55,
    languages: ['polish'],
    feminineSurname: feminisePolish,
    schoolsAbroad: ['Politechnika Warszawska', 'AGH Kraków', 'Politechnika Wrocławska', 'Uniwersytet Warszawski'],
  },
  {
    key: 'english',
    weight: 2,
    given: {
      female: ['Emily', 'Sarah', 'Rebecca', 'Laura', 'Hannah', 'Charlotte', 'Kate', 'Rachel', 'Claire', 'Megan', 'Siobhan'],
      male: ['James', 'Oliver', 'David', 'Michael', 'Daniel', 'Chris', 'Matthew', 'Andrew', 'Richard', 'Ben', 'Liam', 'Connor'],
    },
    surnames: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', "O'Brien", 'Murphy', 'Walsh', 'Clarke', 'Hughes', 'Edwards', 'Wright', 'Thompson', 'MacDonald', 'Robinson', 'Kelly'],
    englishShare: 0.97,
    languages: ['english'],
    schoolsAbroad: ['University of Manchester', 'University of Leeds', 'Trinity College Dublin', 'University of Edinburgh', 'University of Bristol', "King's College London"],
  },
  {
    key: 'german',
    weight: 1.5,
    given: {
      female: ['Katrin', 'Julia', 'Sabine', 'Anja', 'Lena', 'Miriam', 'Stefanie', 'Nina', 'Carolin'],
      male: ['Lukas', 'Jonas', 'Felix', 'Stefan', 'Andreas', 'Tobias', 'Matthias', 'Florian', 'Sebastian', 'Jens'],
    },
    surnames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Wagner', 'Hoffmann', 'Schäfer', 'Koch', 'Richter', 'Wolf', 'Schröder', 'Neumann', 'Zimmermann', 'Braun', 'Krüger'],
    englishShare: 0.35,
    languages: ['german'],
    schoolsAbroad: ['TU München', 'RWTH Aachen', 'Universität zu Köln', 'Universität Münster', 'KIT Karlsruhe'],
  },
  {
    key: 'italian',
    weight: 0.6,
    given: {
      female: ['Giulia', 'Francesca', 'Chiara', 'Elena', 'Sara', 'Valentina'],
      male: ['Marco', 'Luca', 'Andrea', 'Alessandro', 'Matteo', 'Davide'],
    },
    surnames: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Romano', 'Ricci', 'Bianchi', 'Colombo', 'Greco'],
    englishShare: 0.75,
    languages: ['italian'],
    schoolsAbroad: ['Politecnico di Milano', 'Sapienza Università di Roma', 'Università di Bologna'],
  },
  {
    key: 'spanish',
    weight: 0.6,
    given: {
      female: ['Lucía', 'Carmen', 'María', 'Laura', 'Marta', 'Paula'],
      male: ['Alejandro', 'Javier', 'Pablo', 'Diego', 'Sergio', 'Álvaro'],
    },
    surnames: ['García', 'Martínez', 'Fernández', 'López', 'Rodríguez', 'González', 'Moreno', 'Sánchez', 'Navarro'],
    englishShare: 0.75,
    languages: ['spanish'],
    schoolsAbroad: ['Universidad Politécnica de Madrid', 'Universitat de Barcelona', 'Universidad de Granada'],
  },
  {
    key: 'portuguese',
    weight: 0.6,
    given: {
      female: ['Inês', 'Sofia', 'Beatriz', 'Ana', 'Mariana', 'Camila'],
      male: ['João', 'Pedro', 'Tiago', 'Rui', 'Gabriel', 'Rafael'],
    },
    surnames: ['Silva', 'Santos', 'Costa', 'Pereira', 'Oliveira', 'Ferreira', 'Rodrigues', 'Almeida', 'Carvalho'],
    englishShare: 0.75,
    languages: ['portuguese'],
    schoolsAbroad: ['Universidade de Lisboa', 'Universidade do Porto', 'Universidade de São Paulo'],
  },
  {
    key: 'chinese',
    weight: 1,
    given: {
      female: ['Mei', 'Xin', 'Yan', 'Jing', 'Li Na', 'Xiaoling', 'Hui', 'Ying'],
      male: ['Wei', 'Jun', 'Hao', 'Lei', 'Ming', 'Jian', 'Tao', 'Yang'],
    },
    surnames: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Lin', 'Xu'],
    englishShare: 0.6,
    languages: ['mandarin'],
    schoolsAbroad: ['Tsinghua University', 'Zhejiang University', 'Shanghai Jiao Tong University'],
  },
  {
    key: 'moluccan',
    weight: 1,
    given: 'dutch',
    surnames: ['Pattiasina', 'Latuheru', 'Sahetapy', 'Tuhumury', 'Wattimena', 'Pelupessy', 'Siahaya', 'Manuhutu', 'Lawalata', 'Matulessy', 'Tahapary', 'Leimena'],
    englishShare: 0.02,
    languages: [],
  },
  {
    key: 'west-african',
    weight: 0.8,
    given: {
      female: ['Ama', 'Akosua', 'Abena', 'Efua', 'Ngozi', 'Chiamaka', 'Adaeze', 'Folake'],
      male: ['Kwame', 'Kofi', 'Kwabena', 'Yaw', 'Chinedu', 'Emeka', 'Oluwaseun', 'Tunde'],
    },
    surnames: ['Mensah', 'Boateng', 'Owusu', 'Asante', 'Osei', 'Appiah', 'Okafor', 'Adeyemi', 'Okonkwo', 'Adebayo'],
    englishShare: 0.5,
    languages: ['english'],
    schoolsAbroad: ['University of Ghana', 'University of Lagos', 'KNUST Kumasi'],
  },
];
