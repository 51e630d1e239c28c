<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ActivityScreen</name>
    <message>
        <source>Ho&amp;me</source>
        <translation>Acc&amp;ueil</translation>
    </message>
    <message>
        <source>Back to your topics</source>
        <translation>Retour à tes thèmes</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retour sur ta réponse</translation>
    </message>
    <message>
        <source>Progress toward mastering this topic</source>
        <translation>Ta progression vers la maîtrise de ce thème</translation>
    </message>
    <message>
        <source>Show a &amp;hint</source>
        <translation>Voir un &amp;indice</translation>
    </message>
    <message>
        <source>&amp;Check my answer</source>
        <translation>&amp;Vérifier ma réponse</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>This session: {right} of {answered} answers right.</source>
        <translation>Cette séance&#xa0;: tu as bien répondu {right} fois sur {answered}.</translation>
    </message>
    <message>
        <source>You mastered: {skills}.</source>
        <translation>Tu maîtrises maintenant&#xa0;: {skills}.</translation>
    </message>
    <message>
        <source>Getting your next activity…</source>
        <translation>Je prépare ta prochaine activité…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Well done!&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bravo&#xa0;!&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>You have finished everything there is for now. Choose a topic to review.</source>
        <translation>Tu as tout terminé pour le moment. Choisis un thème à réviser.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Let&apos;s see what you already know&lt;/h2&gt;Question {n} of at most {m}</source>
        <translation>&lt;h2&gt;Voyons ce que tu sais déjà&lt;/h2&gt;Question {n} sur {m} au maximum</translation>
    </message>
    <message>
        <source>Time to review: {skill}</source>
        <translation>C&apos;est l&apos;heure de réviser&#xa0;: {skill}</translation>
    </message>
    <message>
        <source>Your teacher set this: {skill}</source>
        <translation>Travail donné par ton enseignant&#xa0;: {skill}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hint:&lt;/b&gt; {hints}</source>
        <translation>&lt;b&gt;Indice&#xa0;:&lt;/b&gt; {hints}</translation>
    </message>
    <message>
        <source>Thank you! Your answer is saved.</source>
        <translation>Merci&#xa0;! Ta réponse est enregistrée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;How to solve it:&lt;/b&gt; {solution}</source>
        <translation>&lt;b&gt;Comment faire&#xa0;:&lt;/b&gt; {solution}</translation>
    </message>
    <message>
        <source>{percent}% toward mastery</source>
        <translation>{percent}&#xa0;% vers la maîtrise</translation>
    </message>
    <message>
        <source>&lt;h3&gt;★ You have mastered {skill}!&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;★ Tu maîtrises maintenant&#xa0;: {skill}&#xa0;!&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Your answer could not be saved: {problem} Try again.</source>
        <translation>Ta réponse n&apos;a pas pu être enregistrée&#xa0;: {problem} Essaie encore.</translation>
    </message>
    <message>
        <source>Something went wrong. Go back Home and try again.</source>
        <translation>Quelque chose n&apos;a pas marché. Retourne à l&apos;accueil et réessaie.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Tutor cannot use its data folder {path} ({reason}). Ask whoever looks after this laptop to check that the folder exists and that you may write to it.</source>
        <translation>Tutor ne peut pas utiliser son dossier de données {path} ({reason}). Demandez à la personne qui s&apos;occupe de cet ordinateur de vérifier que le dossier existe et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Tutor is already open on this computer for this data folder.</source>
        <translation>Tutor est déjà ouvert sur cet ordinateur pour ce dossier de données.</translation>
    </message>
</context>
<context>
    <name>ContentDialog</name>
    <message>
        <source>Content packs</source>
        <extracomment>Asks a yes/no question: (title, question, details) → yes? Picks a pack file to install, or None.</extracomment>
        <translation>Paquets de contenu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Signed by key</source>
        <translation>Signé avec la clé</translation>
    </message>
    <message>
        <source>Installed content packs</source>
        <translation>Paquets de contenu installés</translation>
    </message>
    <message>
        <source>&amp;Install or update from file…</source>
        <translation>&amp;Installer ou mettre à jour depuis un fichier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>Installing {name}…</source>
        <translation>Installation de {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Installed {pack} {version}.</source>
        <translation>Installation terminée&#xa0;: {pack} {version}.</translation>
    </message>
    <message>
        <source>Updated {pack} from {previous} to {version}.</source>
        <translation>Mise à jour terminée&#xa0;: {pack}, de la version {previous} à la version {version}.</translation>
    </message>
    <message>
        <source>This pack is signed by “{publisher}”. This laptop does not know their key yet.</source>
        <translation>Ce paquet est signé par «&#xa0;{publisher}&#xa0;». Cet ordinateur ne connaît pas encore sa clé.</translation>
    </message>
    <message>
        <source>Key fingerprint:
{fingerprint}

Trust it only if it matches, character for character, the fingerprint the publisher gave you on paper or by phone.</source>
        <translation>Empreinte de la clé&#xa0;:
{fingerprint}

Ne lui faites confiance que si elle correspond, caractère par caractère, à l&apos;empreinte que l&apos;éditeur vous a donnée sur papier ou par téléphone.</translation>
    </message>
    <message>
        <source>Trust this publisher?</source>
        <translation>Faire confiance à cet éditeur&#xa0;?</translation>
    </message>
    <message>
        <source>Not installed: the publisher was not trusted.</source>
        <translation>Non installé&#xa0;: vous n&apos;avez pas accordé votre confiance à l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Install an unsigned pack?</source>
        <translation>Installer un paquet non signé&#xa0;?</translation>
    </message>
    <message>
        <source>Nobody has signed this pack, so Tutor cannot tell who made it or whether it was changed on the way.</source>
        <translation>Personne n&apos;a signé ce paquet&#xa0;: Tutor ne peut donc pas savoir qui l&apos;a créé, ni s&apos;il a été modifié en chemin.</translation>
    </message>
    <message>
        <source>Install it only if you made it yourself or got it from someone you trust.</source>
        <translation>Ne l&apos;installez que si vous l&apos;avez créé vous-même ou si vous l&apos;avez reçu d&apos;une personne de confiance.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Non installé.</translation>
    </message>
    <message>
        <source>Go back to an older version?</source>
        <translation>Revenir à une version plus ancienne&#xa0;?</translation>
    </message>
    <message>
        <source>Version {installed} is installed; this file holds the older version {offered}.</source>
        <translation>La version {installed} est installée&#xa0;; ce fichier contient la version plus ancienne {offered}.</translation>
    </message>
    <message>
        <source>Learners keep their progress either way.</source>
        <translation>Dans les deux cas, les élèves gardent leur progression.</translation>
    </message>
    <message>
        <source>Not installed: the newer version stays.</source>
        <translation>Non installé&#xa0;: la version plus récente est conservée.</translation>
    </message>
    <message>
        <source>Installation cancelled. Nothing was changed.</source>
        <translation>Installation annulée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This file cannot be installed; nothing was changed:
{problems}</source>
        <translation>Ce fichier ne peut pas être installé&#xa0;; rien n&apos;a été modifié&#xa0;:
{problems}</translation>
    </message>
    <message>
        <source>Remove {title}?</source>
        <translation>Retirer {title}&#xa0;?</translation>
    </message>
    <message>
        <source>Its lessons and activities leave this laptop.</source>
        <translation>Ses leçons et ses activités seront retirées de cet ordinateur.</translation>
    </message>
    <message>
        <source>Learners&apos; answers and progress stay, and come back if you install it again.</source>
        <translation>Les réponses et la progression des élèves sont conservées, et reviennent si vous le réinstallez.</translation>
    </message>
    <message>
        <source>Removed {title}.</source>
        <translation>Paquet retiré&#xa0;: {title}.</translation>
    </message>
    <message>
        <source>Choose a content pack</source>
        <translation>Choisir un paquet de contenu</translation>
    </message>
    <message>
        <source>Tutor content packs (*.tutorpack)</source>
        <translation>Paquets de contenu Tutor (*.tutorpack)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Quelque chose n&apos;a pas marché</translation>
    </message>
    <message>
        <source>Tutor ran into a problem it did not expect. Answers that were already saved are safe. You can keep working; if this happens again, tell your teacher.</source>
        <translation>Tutor a rencontré un problème inattendu. Les réponses déjà enregistrées ne sont pas perdues. Tu peux continuer à travailler&#xa0;; si cela se reproduit, préviens ton enseignant.</translation>
    </message>
    <message>
        <source>Details for whoever looks after this laptop are in the log file:
{path}</source>
        <translation>Pour la personne qui s&apos;occupe de cet ordinateur, les détails se trouvent dans le fichier journal&#xa0;:
{path}</translation>
    </message>
</context>
<context>
    <name>ExtendedTextWidget</name>
    <message>
        <source>Your answer</source>
        <translation>Ta réponse</translation>
    </message>
    <message>
        <source>&amp;Your answer:</source>
        <translation>&amp;Ta réponse&#xa0;:</translation>
    </message>
    <message>
        <source>When you have finished, press {keys}.</source>
        <translation>Quand tu as fini, appuie sur {keys}.</translation>
    </message>
</context>
<context>
    <name>FillGapsWidget</name>
    <message>
        <source>Write what goes in each gap.</source>
        <translation>Écris ce qui manque dans chaque trou.</translation>
    </message>
    <message>
        <source>Gap {number}</source>
        <translation>Trou {number}</translation>
    </message>
    <message>
        <source>Gap {number}:</source>
        <translation>Trou {number}&#xa0;:</translation>
    </message>
    <message>
        <source>{mark} Right</source>
        <translation>{mark} Juste</translation>
    </message>
    <message>
        <source>{mark} Not right</source>
        <translation>{mark} Pas juste</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Tutor</source>
        <translation>Configurer Tutor</translation>
    </message>
    <message>
        <source>Demo laptop</source>
        <translation>Ordinateur de démonstration</translation>
    </message>
    <message>
        <source>Demo School</source>
        <translation>École de démonstration</translation>
    </message>
    <message>
        <source>Demo class</source>
        <translation>Classe de démonstration</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Your teacher will read your answer.</source>
        <translation>Ton enseignant lira ta réponse.</translation>
    </message>
    <message>
        <source>{mark} Right!</source>
        <translation>{mark} C&apos;est juste&#xa0;!</translation>
    </message>
    <message>
        <source>{mark} Not quite: {right} of {total} right.</source>
        <translation>{mark} Pas tout à fait&#xa0;: tu as trouvé {right} sur {total}.</translation>
    </message>
    <message>
        <source>{mark} Not quite.</source>
        <translation>{mark} Pas tout à fait.</translation>
    </message>
    <message>
        <source>{mark} Not right.</source>
        <translation>{mark} Ce n&apos;est pas juste.</translation>
    </message>
    <message>
        <source>Picture for the question</source>
        <translation>Image de la question</translation>
    </message>
    <message>
        <source>Picture {number} for the question</source>
        <translation>Image {number} de la question</translation>
    </message>
</context>
<context>
    <name>LaptopPage</name>
    <message>
        <source>This laptop</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Names that help teachers tell laptops and schools apart.</source>
        <translation>Des noms qui aident les enseignants à distinguer les ordinateurs et les écoles.</translation>
    </message>
    <message>
        <source>for example, Hillside Primary School</source>
        <translation>par exemple, École primaire des Collines</translation>
    </message>
    <message>
        <source>&amp;Laptop name:</source>
        <translation>&amp;Nom de l&apos;ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;chool name:</source>
        <translation>Nom de l&apos;é&amp;cole&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LearnerHome</name>
    <message>
        <source>There are no lessons on this laptop yet. Your teacher can install a content pack from teacher mode.</source>
        <translation>Il n&apos;y a pas encore de leçons sur cet ordinateur. Ton enseignant peut installer un paquet de contenu depuis le mode enseignant.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Go on with your next lesson or practice</source>
        <translation>Passe à ta prochaine leçon ou à ton prochain exercice</translation>
    </message>
    <message>
        <source>&amp;Not me</source>
        <translation>Ce n&apos;est &amp;pas moi</translation>
    </message>
    <message>
        <source>Go back to the list of learners</source>
        <translation>Retourne à la liste des élèves</translation>
    </message>
    <message>
        <source>To&amp;pics</source>
        <translation>&amp;Thèmes</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Choose a topic and press Enter to practise it</source>
        <translation>Choisis un thème et appuie sur Entrée pour t&apos;entraîner</translation>
    </message>
    <message>
        <source>🔒 locked: finish the topics before it first</source>
        <translation>🔒 verrouillé&#xa0;: termine d&apos;abord les thèmes d&apos;avant</translation>
    </message>
    <message>
        <source>✓ mastered</source>
        <translation>✓ maîtrisé</translation>
    </message>
    <message>
        <source>↻ mastered, time to review</source>
        <translation>↻ maîtrisé, c&apos;est l&apos;heure de réviser</translation>
    </message>
    <message>
        <source>! keep going, ask your teacher for help</source>
        <translation>! continue, et demande de l&apos;aide à ton enseignant</translation>
    </message>
    <message>
        <source>… learning ({percent}%)</source>
        <translation>… en cours ({percent}&#xa0;%)</translation>
    </message>
    <message>
        <source>○ not started</source>
        <translation>○ pas encore commencé</translation>
    </message>
    <message>
        <source>{title} — {state}</source>
        <translation>{title} — {state}</translation>
    </message>
    <message>
        <source>{title}: {count} activities</source>
        <translation>{title}&#xa0;: {count} activités</translation>
    </message>
    <message>
        <source>Topics on this laptop:</source>
        <translation>Thèmes sur cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Hello, {name}!</source>
        <translation>Bonjour {name}&#xa0;!</translation>
    </message>
</context>
<context>
    <name>LearnerSignIn</name>
    <message>
        <source>&amp;Not me</source>
        <translation>Ce n&apos;est &amp;pas moi</translation>
    </message>
    <message>
        <source>Go back to the names</source>
        <translation>Retourne à la liste des noms</translation>
    </message>
    <message>
        <source>Sign in as {name}</source>
        <translation>Connexion en tant que {name}</translation>
    </message>
    <message>
        <source>Press your three pictures in order.</source>
        <translation>Appuie sur tes trois images, dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Type your PIN, then press OK.</source>
        <translation>Tape ton code secret, puis appuie sur OK.</translation>
    </message>
    <message>
        <source>A PIN has {least} to {most} digits.</source>
        <translation>Un code secret a de {least} à {most} chiffres.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Too many wrong tries.</source>
        <translation>Trop d&apos;essais ratés.</translation>
    </message>
    <message>
        <source>That is not right.</source>
        <translation>Ce n&apos;est pas ça.</translation>
    </message>
    <message>
        <source>That is not right. Try again. If the next try is wrong, you will wait.</source>
        <translation>Ce n&apos;est pas ça. Essaie encore. Si le prochain essai est faux, tu devras attendre.</translation>
    </message>
    <message>
        <source>That is not right. Try again.</source>
        <translation>Ce n&apos;est pas ça. Essaie encore.</translation>
    </message>
    <message>
        <source>Sorry, Tutor could not check that. Try again, or ask your teacher.</source>
        <translation>Désolé, Tutor n&apos;a pas pu vérifier. Essaie encore, ou demande à ton enseignant.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Tu peux réessayer maintenant.</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes}&#xa0;min {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>{reason} Please wait {wait}, then try again.</source>
        <translation>{reason} Attends {wait}, puis réessaie.</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Learners</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Type one name per line. You can add more learners later in teacher mode.</source>
        <translation>Tapez un nom par ligne. Vous pourrez ajouter d&apos;autres élèves plus tard en mode enseignant.</translation>
    </message>
    <message>
        <source>for example, Class 4B</source>
        <translation>par exemple, CM1 B</translation>
    </message>
    <message>
        <source>&amp;Class name:</source>
        <translation>Nom de la &amp;classe&#xa0;:</translation>
    </message>
    <message>
        <source>Learner na&amp;mes:</source>
        <translation>&amp;Noms des élèves&#xa0;:</translation>
    </message>
    <message>
        <source>A name is longer than 100 characters: {name}</source>
        <translation>Un nom dépasse 100 caractères&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{name} appears twice. Add something to tell them apart, such as an initial.</source>
        <translation>{name} apparaît deux fois. Ajoutez quelque chose pour les distinguer, par exemple une initiale.</translation>
    </message>
</context>
<context>
    <name>LessonMarkup</name>
    <message>
        <source>{numerator} over {denominator}</source>
        <translation>{numerator} sur {denominator}</translation>
    </message>
    <message>
        <source>[Picture not shown: {description}]</source>
        <translation>[Image non affichée&#xa0;: {description}]</translation>
    </message>
    <message>
        <source>[Picture not shown]</source>
        <translation>[Image non affichée]</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Lesson text</source>
        <translation>Texte de la leçon</translation>
    </message>
    <message>
        <source>Use the arrow keys or Page Up and Page Down to read. {keys} continues.</source>
        <translation>Pour lire, utilise les flèches ou les touches Page précédente et Page suivante. Appuie sur {keys} pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Read aloud</source>
        <translation>&amp;Lire à voix haute</translation>
    </message>
    <message>
        <source>Read the lesson aloud</source>
        <translation>Lire la leçon à voix haute</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Go on when you have read the lesson ({keys})</source>
        <translation>Continue quand tu as lu la leçon ({keys})</translation>
    </message>
    <message>
        <source>This lesson has a recording, but this laptop cannot play it.</source>
        <translation>Cette leçon a un enregistrement, mais cet ordinateur ne peut pas le lire.</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>Arrêter la &amp;lecture</translation>
    </message>
    <message>
        <source>The recording of this lesson could not be played.</source>
        <translation>L&apos;enregistrement de cette leçon n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Opening Tutor…</source>
        <translation>Ouverture de Tutor…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Agrandir le texte</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Réduire le texte</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>Taille &amp;normale du texte</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation>&amp;Enseignant</translation>
    </message>
    <message>
        <source>&amp;Content Packs…</source>
        <translation>&amp;Paquets de contenu…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Tutor</source>
        <translation>À &amp;propos de Tutor</translation>
    </message>
    <message>
        <source>About Tutor</source>
        <translation>À propos de Tutor</translation>
    </message>
    <message>
        <source>Tutor {version}
Offline-first tutoring for schools.</source>
        <translation>Tutor {version}
Du soutien scolaire pour les écoles, pensé pour fonctionner sans Internet.</translation>
    </message>
    <message>
        <source>Text size {percent}%</source>
        <translation>Taille du texte&#xa0;: {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Tutor — {school}</source>
        <translation>Tutor — {school}</translation>
    </message>
    <message>
        <source>Tutor is already open — here it is.</source>
        <translation>Tutor est déjà ouvert — le voici.</translation>
    </message>
</context>
<context>
    <name>MatchingWidget</name>
    <message>
        <source>Choose the match for each one.</source>
        <translation>Pour chaque ligne, choisis ce qui va avec.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisis…</translation>
    </message>
    <message>
        <source>Match for {left}</source>
        <translation>Ce qui va avec {left}</translation>
    </message>
    <message>
        <source>{mark} Right</source>
        <translation>{mark} Juste</translation>
    </message>
    <message>
        <source>{mark} No match chosen</source>
        <translation>{mark} Rien n&apos;est choisi</translation>
    </message>
    <message>
        <source>{mark} Wrong</source>
        <translation>{mark} Faux</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>&amp;Quit Tutor</source>
        <translation>&amp;Quitter Tutor</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This laptop&apos;s Tutor data was saved by a newer version of Tutor. Install that version (or newer) to open it. Nothing has been changed.</source>
        <translation>Les données Tutor de cet ordinateur ont été enregistrées par une version plus récente de Tutor. Installez cette version (ou une plus récente) pour les ouvrir. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The file in Tutor&apos;s data folder is not a Tutor database, so Tutor will not touch it. Move it away or choose another data folder with --data-dir.</source>
        <translation>Le fichier qui se trouve dans le dossier de données de Tutor n&apos;est pas une base de données Tutor&#xa0;: Tutor n&apos;y touchera donc pas. Déplacez-le ailleurs ou choisissez un autre dossier de données avec --data-dir.</translation>
    </message>
    <message>
        <source>Tutor could not update its data to this version. Nothing was changed and a backup was kept. Go back to the previous version of Tutor and ask for help.</source>
        <translation>Tutor n&apos;a pas pu mettre à jour ses données pour cette version. Rien n&apos;a été modifié et une sauvegarde a été conservée. Revenez à la version précédente de Tutor et demandez de l&apos;aide.</translation>
    </message>
    <message>
        <source>Tutor is not allowed to write to its data folder. Ask whoever looks after this laptop to give it access.</source>
        <translation>Tutor n&apos;a pas le droit d&apos;écrire dans son dossier de données. Demandez à la personne qui s&apos;occupe de cet ordinateur de lui en donner l&apos;accès.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again. Nothing was lost.</source>
        <translation>Le disque est plein. Libérez de l&apos;espace, puis réessayez. Rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in Tutor&apos;s log file.</source>
        <translation>Un problème inattendu est survenu. Les détails se trouvent dans le fichier journal de Tutor.</translation>
    </message>
</context>
<context>
    <name>MultipleChoiceWidget</name>
    <message>
        <source>Choose every right answer. You can also press their numbers.</source>
        <translation>Choisis toutes les bonnes réponses. Tu peux aussi appuyer sur leurs numéros.</translation>
    </message>
    <message>
        <source>{mark} Missed: this one is right too</source>
        <translation>{mark} Oubliée&#xa0;: celle-ci aussi est juste</translation>
    </message>
</context>
<context>
    <name>OrderingWidget</name>
    <message>
        <source>Put these in order. Choose one, then move it with the buttons, or with Alt+Up and Alt+Down.</source>
        <translation>Remets ces étapes dans l&apos;ordre. Choisis-en une, puis déplace-la avec les boutons, ou avec Alt+Flèche haut et Alt+Flèche bas.</translation>
    </message>
    <message>
        <source>Steps to put in order</source>
        <translation>Étapes à remettre dans l&apos;ordre</translation>
    </message>
    <message>
        <source>▲ Move &amp;up</source>
        <translation>▲ &amp;Monter</translation>
    </message>
    <message>
        <source>Move the chosen step up (Alt+Up)</source>
        <translation>Monter l&apos;étape choisie (Alt+Flèche haut)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>▼ Move &amp;down</source>
        <translation>▼ Des&amp;cendre</translation>
    </message>
    <message>
        <source>Move the chosen step down (Alt+Down)</source>
        <translation>Descendre l&apos;étape choisie (Alt+Flèche bas)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>{position}. {step}</source>
        <translation>{position}. {step}</translation>
    </message>
    <message>
        <source>Place {position} of {count}: {step}</source>
        <translation>Position {position} sur {count}&#xa0;: {step}</translation>
    </message>
    <message>
        <source>{mark} Right place</source>
        <translation>{mark} Bonne place</translation>
    </message>
    <message>
        <source>{mark} Wrong place</source>
        <translation>{mark} Mauvaise place</translation>
    </message>
</context>
<context>
    <name>PictureGrid</name>
    <message>
        <source>Picture password</source>
        <translation>Mot de passe en images</translation>
    </message>
    <message>
        <source>Picture {number} of {total}</source>
        <translation>Image {number} sur {total}</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Start the pictures again</source>
        <translation>Recommencer les images</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Soleil</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>Lune</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Cœur</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Poisson</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>Fleur</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nuage</translation>
    </message>
    <message>
        <source>Pictures pressed: {count} of {total}</source>
        <translation>Images choisies&#xa0;: {count} sur {total}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN pad</source>
        <translation>Pavé du code secret</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Sign in with this PIN</source>
        <translation>Entrer avec ce code secret</translation>
    </message>
    <message>
        <source>Digits typed: {count}</source>
        <translation>Chiffres tapés&#xa0;: {count}</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Learners</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>No learners yet. A teacher can add learners in teacher mode.</source>
        <translation>Pas encore d&apos;élèves. Un enseignant peut en ajouter en mode enseignant.</translation>
    </message>
    <message>
        <source>Who is learning?</source>
        <translation>Qui apprend aujourd&apos;hui&#xa0;?</translation>
    </message>
    <message>
        <source>Pick your name to start.</source>
        <translation>Choisis ton nom pour commencer.</translation>
    </message>
    <message>
        <source>{school} — pick your name to start.</source>
        <translation>{school} — choisis ton nom pour commencer.</translation>
    </message>
</context>
<context>
    <name>SingleChoiceWidget</name>
    <message>
        <source>Choose one answer. You can also press its number.</source>
        <translation>Choisis une réponse. Tu peux aussi appuyer sur son numéro.</translation>
    </message>
    <message>
        <source>{mark} This is the right answer</source>
        <translation>{mark} C&apos;est la bonne réponse</translation>
    </message>
</context>
<context>
    <name>TeacherPage</name>
    <message>
        <source>Teacher account</source>
        <translation>Compte enseignant</translation>
    </message>
    <message>
        <source>Teacher mode is protected by this password. Students never see it.</source>
        <translation>Ce mot de passe protège le mode enseignant. Les élèves ne le voient jamais.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>C&amp;onfirmation du mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>At least {count} characters. Write it down somewhere safe.</source>
        <translation>Au moins {count} caractères. Notez-le dans un endroit sûr.</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation>Le mot de passe doit contenir au moins {count} caractères.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Les deux mots de passe ne sont pas identiques. Tapez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>TeacherSignInDialog</name>
    <message>
        <source>Teacher sign-in</source>
        <translation>Connexion enseignant</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Teacher screens need a teacher&apos;s password.</source>
        <translation>Les écrans enseignant demandent le mot de passe d&apos;un enseignant.</translation>
    </message>
    <message>
        <source>That username and password do not match a teacher account.</source>
        <translation>Ce nom d&apos;utilisateur et ce mot de passe ne correspondent à aucun compte enseignant.</translation>
    </message>
    <message>
        <source>That is not right. Try again in {seconds} s.</source>
        <translation>Ce n&apos;est pas correct. Réessayez dans {seconds}&#xa0;s.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Tutor</source>
        <translation>Bienvenue dans Tutor</translation>
    </message>
    <message>
        <source>Let&apos;s get this laptop ready for your learners.</source>
        <translation>Préparons cet ordinateur pour vos élèves.</translation>
    </message>
    <message>
        <source>&amp;Set up this laptop for my school</source>
        <translation>&amp;Configurer cet ordinateur pour mon école</translation>
    </message>
    <message>
        <source>Try the &amp;demo with a sample class</source>
        <translation>Essayer la dé&amp;mo avec une classe d&apos;exemple</translation>
    </message>
    <message>
        <source>Setting up asks for the laptop&apos;s name, your school, a teacher password and your learners&apos; names. The demo creates a sample class so you can look around first.</source>
        <translation>La configuration vous demande le nom de l&apos;ordinateur, celui de votre école, un mot de passe enseignant et les noms de vos élèves. La démo crée une classe d&apos;exemple pour que vous puissiez d&apos;abord découvrir l&apos;application.</translation>
    </message>
</context>
<context>
    <name>_ChoiceWidget</name>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>{number}: {text}</source>
        <translation>{number}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Choice {number} of {count}</source>
        <translation>Choix {number} sur {count}</translation>
    </message>
    <message>
        <source>{mark} Right</source>
        <translation>{mark} Juste</translation>
    </message>
    <message>
        <source>{mark} Wrong</source>
        <translation>{mark} Faux</translation>
    </message>
</context>
<context>
    <name>_LineWidget</name>
    <message>
        <source>Your answer</source>
        <translation>Ta réponse</translation>
    </message>
    <message>
        <source>&amp;Your answer:</source>
        <translation>&amp;Ta réponse&#xa0;:</translation>
    </message>
    <message>
        <source>{mark} Right</source>
        <translation>{mark} Juste</translation>
    </message>
    <message>
        <source>{mark} Not right</source>
        <translation>{mark} Pas juste</translation>
    </message>
</context>
</TS>
