namespace FilingExtractor.CorpusGen.Synthetic;

/// <summary>Word lists for realistic fake issuers, people and addresses (all invented combinations; cities, states and ZIP codes match).</summary>
internal static class NameData
{
    public static readonly string[] Surnames =
    [
        "Abbott", "Alvarez", "Anderson", "Bachman", "Baker", "Barrett", "Becker", "Bennett", "Bishop", "Blackwell",
        "Bradley", "Brennan", "Brooks", "Callahan", "Campbell", "Carlson", "Castillo", "Chandler", "Chen", "Coleman",
        "Collins", "Crawford", "Cunningham", "Dalton", "Delgado", "Dixon", "Donovan", "Duncan", "Ellison", "Emerson",
        "Fairbanks", "Ferguson", "Fitzgerald", "Fleming", "Foster", "Gallagher", "Garrison", "Gibson", "Goldberg", "Graham",
        "Griffin", "Hadley", "Halvorsen", "Hammond", "Harrington", "Hastings", "Hayes", "Henderson", "Hoffman", "Holloway",
        "Hughes", "Ingram", "Jacobs", "Jensen", "Kaufman", "Keller", "Kennedy", "Kimura", "Kowalski", "Lambert",
        "Larsen", "Lawrence", "Lindqvist", "Lowell", "Maddox", "Marshall", "Matthews", "Mendoza", "Mercer", "Morrison",
        "Nakamura", "Nguyen", "Novak", "Oakley", "Okafor", "Olsen", "Palmer", "Patel", "Pearson", "Prescott",
        "Quinn", "Ramirez", "Reynolds", "Richter", "Rosenthal", "Russell", "Sandoval", "Schneider", "Sheridan", "Sinclair",
        "Spencer", "Stanton", "Sullivan", "Thornton", "Tran", "Underwood", "Vaughn", "Wagner", "Walsh", "Weinstein",
        "Whitaker", "Winslow", "Yamamoto", "Zimmerman",
        "Van Dyke", "De la Cruz", "St. Clair", "Van der Berg", "O'Brien", "O'Neill", "MacKenzie", "McAllister",
        "Smith-Jones", "Garcia-Lopez", "D'Angelo", "Du Pont",
    ];

    public static readonly string[] FirstNames =
    [
        "Alan", "Alice", "Andrew", "Barbara", "Benjamin", "Brian", "Carol", "Catherine", "Charles", "Christine",
        "Daniel", "David", "Deborah", "Donald", "Douglas", "Edward", "Elaine", "Elizabeth", "Eric", "Frank",
        "Gary", "George", "Gregory", "Harold", "Helen", "Howard", "James", "Janet", "Jeffrey", "Jennifer",
        "John", "Joseph", "Karen", "Kenneth", "Laura", "Lawrence", "Linda", "Margaret", "Mark", "Martha",
        "Michael", "Nancy", "Patricia", "Paul", "Peter", "Philip", "Raymond", "Richard", "Robert", "Ronald",
        "Ruth", "Samuel", "Sandra", "Sharon", "Stephen", "Susan", "Thomas", "Timothy", "Victoria", "Walter",
        "William", "Yuki", "Rajesh", "Mei", "Olga", "Jean-Paul", "Anne-Marie", "Chukwuemeka", "Soren", "Ines",
    ];

    public static readonly string[] MiddleNames = ["Allen", "Marie", "James", "Lee", "Ann", "Edward", "Louise", "Scott"];

    public static readonly string[] Suffixes = ["Jr.", "Sr.", "II", "III"];

    public static readonly string[] Streets =
    [
        "Main", "Oak", "Maple", "Park", "Washington", "Lake", "Hill", "Pine", "Elm", "Cedar", "Sunset", "Madison",
        "Jefferson", "Franklin", "Highland", "Market", "Commerce", "Industrial", "Technology", "Harbor", "Ridge",
        "Meadow", "Spring", "Valley", "Mission", "Broadway", "Wilshire", "Peachtree", "Congress", "Michigan",
        "Lincoln", "Jackson", "Walnut", "Chestnut", "Riverside", "Corporate", "Research", "Innovation", "Canyon", "Bay",
    ];

    public static readonly string[] StreetTypes = ["Street", "Avenue", "Boulevard", "Road", "Drive", "Lane", "Way", "Parkway", "Court", "Place"];

    public static readonly string[] Suites = ["Suite 100", "Suite 200", "Suite 350", "Suite 1200", "Floor 4", "Suite 500", "Unit B", "Suite 2100"];

    public static readonly (string City, string State, string Zip)[] Cities =
    [
        ("Chatsworth", "CA", "91311"), ("San Diego", "CA", "92121"), ("Palo Alto", "CA", "94301"), ("Irvine", "CA", "92618"),
        ("Los Angeles", "CA", "90071"), ("San Francisco", "CA", "94105"), ("Boston", "MA", "02110"), ("Cambridge", "MA", "02139"),
        ("Waltham", "MA", "02451"), ("New York", "NY", "10022"), ("White Plains", "NY", "10601"), ("Rochester", "NY", "14604"),
        ("Stamford", "CT", "06901"), ("Greenwich", "CT", "06830"), ("Hartford", "CT", "06103"), ("Princeton", "NJ", "08540"),
        ("Newark", "NJ", "07102"), ("Philadelphia", "PA", "19103"), ("Pittsburgh", "PA", "15222"), ("Wilmington", "DE", "19801"),
        ("Baltimore", "MD", "21202"), ("Bethesda", "MD", "20814"), ("Washington", "DC", "20006"), ("Reston", "VA", "20190"),
        ("Richmond", "VA", "23219"), ("Raleigh", "NC", "27601"), ("Charlotte", "NC", "28202"), ("Atlanta", "GA", "30303"),
        ("Miami", "FL", "33131"), ("Tampa", "FL", "33602"), ("Boca Raton", "FL", "33431"), ("Nashville", "TN", "37203"),
        ("Birmingham", "AL", "35203"), ("New Orleans", "LA", "70112"), ("Houston", "TX", "77002"), ("Dallas", "TX", "75201"),
        ("Austin", "TX", "78701"), ("San Antonio", "TX", "78205"), ("Oklahoma City", "OK", "73102"), ("Tulsa", "OK", "74103"),
        ("Denver", "CO", "80202"), ("Boulder", "CO", "80302"), ("Salt Lake City", "UT", "84111"), ("Phoenix", "AZ", "85004"),
        ("Scottsdale", "AZ", "85251"), ("Las Vegas", "NV", "89101"), ("Reno", "NV", "89501"), ("Albuquerque", "NM", "87102"),
        ("Seattle", "WA", "98101"), ("Bellevue", "WA", "98004"), ("Portland", "OR", "97204"), ("Boise", "ID", "83702"),
        ("Chicago", "IL", "60606"), ("Evanston", "IL", "60201"), ("Indianapolis", "IN", "46204"), ("Columbus", "OH", "43215"),
        ("Cleveland", "OH", "44114"), ("Detroit", "MI", "48226"), ("Ann Arbor", "MI", "48104"), ("Minneapolis", "MN", "55402"),
        ("Milwaukee", "WI", "53202"), ("Des Moines", "IA", "50309"), ("Omaha", "NE", "68102"), ("Kansas City", "MO", "64105"),
        ("St. Louis", "MO", "63101"), ("Little Rock", "AR", "72201"), ("Louisville", "KY", "40202"), ("Honolulu", "HI", "96813"),
        ("Anchorage", "AK", "99501"), ("Providence", "RI", "02903"), ("Portland", "ME", "04101"), ("Burlington", "VT", "05401"),
        ("Manchester", "NH", "03101"), ("Charleston", "SC", "29401"), ("Charleston", "WV", "25301"), ("Jackson", "MS", "39201"),
        ("Sioux Falls", "SD", "57104"), ("Fargo", "ND", "58102"), ("Billings", "MT", "59101"), ("Cheyenne", "WY", "82001"),
        ("San Juan", "PR", "00901"), ("Wichita", "KS", "67202"),
    ];

    public static readonly string[] CompanyWords =
    [
        "Pacific", "Atlantic", "Summit", "Cascade", "Redwood", "Granite", "Meridian", "Harbor", "Liberty", "Pioneer",
        "Sterling", "Beacon", "Cedar Creek", "Silverline", "Northstar", "Bluewater", "Ironwood", "Keystone", "Lakeshore",
        "Prairie", "Aspen", "Coastal", "Frontier", "Heritage", "Horizon", "Landmark", "Magnolia", "Red Rock", "Tidewater", "Westbridge",
    ];

    /// <summary>Line of business: name word and a brief description as filers wrote them.</summary>
    public static readonly (string Core, string Description)[] Businesses =
    [
        ("Biosciences", "Research and development of diagnostic assays for infectious diseases"),
        ("Energy", "Exploration and development of oil and natural gas properties"),
        ("Therapeutics", "Development of small molecule drugs for the treatment of cancer"),
        ("Networks", "Provider of wireless broadband network equipment"),
        ("Software", "Developer of enterprise software for supply chain management"),
        ("Realty", "Acquisition and operation of multifamily residential properties"),
        ("Medical", "Design and manufacture of minimally invasive surgical devices"),
        ("Semiconductor", "Fabless design of mixed-signal integrated circuits"),
        ("Minerals", "Exploration of gold and silver mining claims"),
        ("Communications", "Competitive local exchange carrier and internet services"),
        ("Technologies", "Manufacturer of industrial sensors and controls"),
        ("Water Systems", "Design and installation of municipal water treatment systems"),
        ("Foods", "Producer and distributor of organic packaged foods"),
        ("Restaurants", "Owner and operator of casual dining restaurants"),
        ("Aviation", "Charter air transportation and aircraft maintenance"),
        ("Capital", "Investing in securities of privately held companies"),
        ("Properties", "Development of commercial office buildings"),
        ("Wind Power", "Development of utility-scale wind energy projects"),
    ];

    public static readonly string[] BrokerDealers =
    [
        "Meridian Securities, Inc.", "Crestview Capital Markets, LLC", "Harborside Securities Corp.", "First Continental Brokerage, Inc.",
        "Lakeview Investment Services, Inc.", "Summit Ridge Securities, L.P.", "Granite Peak Financial Group, Inc.", "Bayard Street Securities LLC",
    ];

    public static readonly string[] OfficerTitles =
    [
        "President", "Chief Executive Officer", "Chief Financial Officer", "President and Chief Executive Officer",
        "Vice President", "Secretary", "Treasurer", "Chief Operating Officer", "Executive Vice President",
    ];

    public static readonly string[] Jurisdictions = ["DE", "DE", "DE", "NV", "CA", "NY", "TX", "MA", "CO", "FL", "WA", "IL", "NJ", "MN"];

    public static readonly string[] OtherExpenseDescriptions = ["Blue sky filing fees", "Miscellaneous", "Travel and road show", "Escrow agent fees", "Due diligence"];

    public static readonly string[] OtherProceedsDescriptions = ["Research and development", "Marketing", "Drilling program", "Inventory", "Product development"];
}
