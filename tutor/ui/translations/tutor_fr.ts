<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccountsTab</name>
    <message>
        <source>Add &amp;teacher…</source>
        <translation>A&amp;jouter un enseignant…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Définir le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Make &amp;admin</source>
        <translation>&amp;Rendre administrateur</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Désact&amp;iver</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>enseignant</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(désactivé)</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>New password (at least 8 characters):</source>
        <translation>Nouveau mot de passe (au moins 8 caractères)&#xa0;:</translation>
    </message>
    <message>
        <source>Add teacher</source>
        <translation>Ajouter un enseignant</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Teacher&apos;s name:</source>
        <translation>Nom de l&apos;enseignant&#xa0;:</translation>
    </message>
    <message>
        <source>The account {name} was added.</source>
        <translation>Le compte {name} a été ajouté.</translation>
    </message>
    <message>
        <source>{name} is now an admin.</source>
        <translation>{name} a maintenant les droits d&apos;administrateur.</translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation>{name} ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Le mot de passe a été modifié.</translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>This session: {right} of %n answer(s) right.</source>
        <translation>
            <numerusform>Cette séance&#xa0;: tu as bien répondu {right} fois sur %n.</numerusform>
            <numerusform>Cette séance&#xa0;: tu as bien répondu {right} fois sur %n.</numerusform>
        </translation>
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
    <name>AssignmentDialog</name>
    <message>
        <source>New assignment</source>
        <translation>Nouveau devoir</translation>
    </message>
    <message>
        <source>Skill (done when mastered)</source>
        <translation>Compétence (terminé quand elle est maîtrisée)</translation>
    </message>
    <message>
        <source>Lesson (done when read)</source>
        <translation>Leçon (terminé quand elle est lue)</translation>
    </message>
    <message>
        <source>Quiz (done when handed in)</source>
        <translation>Quiz (terminé quand il est rendu)</translation>
    </message>
    <message>
        <source>The whole class</source>
        <translation>Toute la classe</translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation>Groupe&#xa0;: {name}</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>À &amp;rendre le</translation>
    </message>
    <message>
        <source>&amp;Work:</source>
        <translation>&amp;Type de travail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation>&amp;Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AssignmentsTab</name>
    <message>
        <source>&amp;New assignment…</source>
        <translation>&amp;Nouveau devoir…</translation>
    </message>
    <message>
        <source>New &amp;quiz…</source>
        <translation>Nouveau &amp;quiz…</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>Su&amp;pprimer la sélection</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À rendre le</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé par</translation>
    </message>
    <message>
        <source>{done} of {learners}</source>
        <translation>{done} sur {learners}</translation>
    </message>
    <message>
        <source>The work was set.</source>
        <translation>Le devoir a été donné.</translation>
    </message>
    <message>
        <source>The quiz {title} was saved: assign it with New assignment.</source>
        <translation>Le quiz {title} a été enregistré&#xa0;: donnez-le aux élèves avec «&#xa0;Nouveau devoir&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ClassReport</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>{date} · {learners} learners · {skills} skills</source>
        <translation>{date} · {learners} élèves · {skills} compétences</translation>
    </message>
    <message>
        <source>Class report: {name}</source>
        <translation>Bilan de la classe&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Mastery by skill</source>
        <translation>Maîtrise par compétence</translation>
    </message>
    <message>
        <source>This class has no learners yet.</source>
        <translation>Cette classe n&apos;a pas encore d&apos;élèves.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Mastered</source>
        <translation>Maîtrisées</translation>
    </message>
    <message>
        <source>Skills mastered per learner</source>
        <translation>Compétences maîtrisées par élève</translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation>Élèves qui ont besoin d&apos;aide</translation>
    </message>
    <message>
        <source>No one needs help.</source>
        <translation>Personne n&apos;a besoin d&apos;aide.</translation>
    </message>
    <message>
        <source>{answers} answers, {right} right ({percent}%) · {minutes} minutes on task · {hints} hints used</source>
        <translation>{answers} réponses, dont {right} justes ({percent}&#xa0;%) · {minutes} minutes de travail · {hints} indices utilisés</translation>
    </message>
    <message>
        <source>Learner report: {name}</source>
        <translation>Bilan de l&apos;élève&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Justes</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Indices</translation>
    </message>
    <message>
        <source>No skills started yet.</source>
        <translation>Aucune compétence commencée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Progression au fil du temps</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Pas encore de réponses.</translation>
    </message>
    <message>
        <source>From {first} to {last}. Bars: answers per day (the darker part was right). Line: skills mastered at the end of each day, out of {skills}.</source>
        <translation>Du {first} au {last}. Barres&#xa0;: réponses par jour (la partie la plus foncée correspond aux réponses justes). Courbe&#xa0;: compétences maîtrisées à la fin de chaque jour, sur {skills}.</translation>
    </message>
    <message>
        <source>Most frequent misconceptions</source>
        <translation>Erreurs les plus fréquentes</translation>
    </message>
    <message>
        <source>{feedback} ({times}×)</source>
        <translation>{feedback} ({times}×)</translation>
    </message>
    <message>
        <source>None seen.</source>
        <translation>Aucune relevée.</translation>
    </message>
    <message>
        <source>Recent answers</source>
        <translation>Réponses récentes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>That class no longer exists on this laptop.</source>
        <translation>Cette classe n&apos;existe plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>the class report</source>
        <translation>le bilan de la classe</translation>
    </message>
    <message>
        <source>the learner report</source>
        <translation>le bilan de l&apos;élève</translation>
    </message>
    <message>
        <source>Could not write {what} to {folder}: {reason}</source>
        <translation>Impossible d&apos;enregistrer {what} dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the disk is full. Free some space or choose another drive.</source>
        <translation>le disque est plein. Libérez de l&apos;espace ou choisissez un autre lecteur.</translation>
    </message>
    <message>
        <source>the drive or folder is read-only. Choose another folder.</source>
        <translation>le lecteur ou le dossier est en lecture seule. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>the folder is gone (USB stick removed?). Choose it again.</source>
        <translation>le dossier a disparu (clé USB retirée&#xa0;?). Choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>the drive stopped answering (removed?). Plug it back in.</source>
        <translation>le lecteur ne répond plus (a-t-il été retiré&#xa0;?). Rebranchez-le.</translation>
    </message>
    <message>
        <source>the file name is too long. Choose a shorter name.</source>
        <translation>le nom du fichier est trop long. Choisissez un nom plus court.</translation>
    </message>
    <message>
        <source>{problem}. Try again, or choose another folder.</source>
        <translation>{problem}. Réessayez, ou choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>ClassesTab</name>
    <message>
        <source>Learners of the class</source>
        <translation>Élèves de la classe</translation>
    </message>
    <message>
        <source>Add &amp;learner…</source>
        <translation>A&amp;jouter un élève…</translation>
    </message>
    <message>
        <source>&amp;Import roster (CSV)…</source>
        <translation>Im&amp;porter une liste d&apos;élèves (CSV)…</translation>
    </message>
    <message>
        <source>Make &amp;group of selected…</source>
        <translation>C&amp;réer un groupe avec la sélection…</translation>
    </message>
    <message>
        <source>Laptop&apos;s language</source>
        <translation>Langue de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Set lan&amp;guage of selected</source>
        <translation>Changer la &amp;langue de la sélection</translation>
    </message>
    <message>
        <source>A&amp;rchive selected</source>
        <translation>Arc&amp;hiver la sélection</translation>
    </message>
    <message>
        <source>&amp;New class…</source>
        <translation>&amp;Nouvelle classe…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <source>Rename class…</source>
        <translation>Renommer la classe…</translation>
    </message>
    <message>
        <source>Archive this class</source>
        <translation>Archiver cette classe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>Connexion par</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>code secret</translation>
    </message>
    <message>
        <source>pictures</source>
        <translation>images</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Ajouter un élève</translation>
    </message>
    <message>
        <source>Learner&apos;s name:</source>
        <translation>Nom de l&apos;élève&#xa0;:</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>{name} fait maintenant partie de la classe.</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Importer une liste d&apos;élèves</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) added from the roster.</source>
        <translation>
            <numerusform>%n élève ajouté depuis la liste.</numerusform>
            <numerusform>%n élèves ajoutés depuis la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Language set for %n learner(s).</source>
        <translation>
            <numerusform>Langue modifiée pour %n élève.</numerusform>
            <numerusform>Langue modifiée pour %n élèves.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) archived; their answers are kept.</source>
        <translation>
            <numerusform>%n élève archivé. Ses réponses sont conservées.</numerusform>
            <numerusform>%n élèves archivés. Leurs réponses sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a group</source>
        <translation>Créer un groupe</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Nom du groupe&#xa0;:</translation>
    </message>
    <message>
        <source>The group {name} was made.</source>
        <translation>Le groupe {name} a été créé.</translation>
    </message>
    <message>
        <source>Select one learner to rename.</source>
        <translation>Sélectionnez un seul élève à renommer.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>The name was changed to {name}.</source>
        <translation>Le nouveau nom est {name}.</translation>
    </message>
    <message>
        <source>New class</source>
        <translation>Nouvelle classe</translation>
    </message>
    <message>
        <source>Class name:</source>
        <translation>Nom de la classe&#xa0;:</translation>
    </message>
    <message>
        <source>The class {name} was made; choose it above.</source>
        <translation>La classe {name} a été créée&#xa0;; choisissez-la dans la liste en haut.</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>Renommer la classe</translation>
    </message>
    <message>
        <source>The class is now called {name}.</source>
        <translation>La classe s&apos;appelle maintenant {name}.</translation>
    </message>
    <message>
        <source>The class was archived; its learners and their answers are kept.</source>
        <translation>La classe est archivée&#xa0;; ses élèves et leurs réponses sont conservés.</translation>
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
    <name>DaysChart</name>
    <message>
        <source>{days}; last day {answers}, {right} right; {mastered} of {skills} mastered</source>
        <translation>{days}&#xa0;; dernier jour&#xa0;: {answers}, bonnes&#xa0;: {right}&#xa0;; {mastered} maîtrisées sur {skills}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of practice</source>
        <translation>
            <numerusform>%n jour d&apos;entraînement</numerusform>
            <numerusform>%n jours d&apos;entraînement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n compétence</numerusform>
            <numerusform>%n compétences</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Pas encore de réponses</translation>
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
        <source>&amp;Listen</source>
        <translation>É&amp;couter</translation>
    </message>
    <message>
        <source>Listen to the question</source>
        <translation>Écouter la question</translation>
    </message>
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
    <name>ItemsTab</name>
    <message>
        <source>Items, hardest first</source>
        <translation>Questions, des plus difficiles aux plus faciles</translation>
    </message>
    <message>
        <source>Items this class answered, hardest first, with common wrong answers:</source>
        <translation>Les questions auxquelles la classe a répondu, des plus difficiles aux plus faciles, avec les erreurs fréquentes&#xa0;:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Justes</translation>
    </message>
    <message>
        <source>Model expects</source>
        <translation>Prévu par le modèle</translation>
    </message>
    <message>
        <source>Common wrong answers</source>
        <translation>Réponses fausses fréquentes</translation>
    </message>
    <message>
        <source>{answer} ({times}×)</source>
        <translation>{answer} ({times}×)</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Pas encore de réponses.</translation>
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
        <source>Your &amp;work from your teacher</source>
        <translation>&amp;Le travail donné par ton enseignant</translation>
    </message>
    <message>
        <source>Work from your teacher</source>
        <translation>Le travail donné par ton enseignant</translation>
    </message>
    <message>
        <source>From your teacher:</source>
        <translation>De la part de ton enseignant&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>This week: {done} of %n answer(s)</source>
        <translation>
            <numerusform>Cette semaine&#xa0;: {done} sur %n réponse</numerusform>
            <numerusform>Cette semaine&#xa0;: {done} sur %n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-day streak</source>
        <translation>
            <numerusform>%n jour de suite</numerusform>
            <numerusform>%n jours de suite</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>S&apos;entraîner</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>pour le {date}</translation>
    </message>
    <message>
        <source>(done)</source>
        <translation>(fait)</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>(en retard)</translation>
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
    <message numerus="yes">
        <source>{title}: %n activity(s)</source>
        <translation>
            <numerusform>{title}&#xa0;: %n activité</numerusform>
            <numerusform>{title}&#xa0;: %n activités</numerusform>
        </translation>
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
    <name>LearnerPage</name>
    <message>
        <source>Learner</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>A note the learner sees on their home</source>
        <translation>Un message que l&apos;élève verra sur son écran d&apos;accueil</translation>
    </message>
    <message>
        <source>&amp;Send note</source>
        <translation>&amp;Envoyer le message</translation>
    </message>
    <message>
        <source>&amp;Reset PIN or pictures</source>
        <translation>Ré&amp;initialiser le code secret ou les images</translation>
    </message>
    <message>
        <source>Save &amp;report (PDF)…</source>
        <translation>Enregistrer le &amp;bilan (PDF)…</translation>
    </message>
    <message>
        <source>Answers per day (bars) and skills mastered (line):</source>
        <translation>Réponses par jour (barres) et compétences maîtrisées (courbe)&#xa0;:</translation>
    </message>
    <message>
        <source>Most frequent misconceptions:</source>
        <translation>Erreurs les plus fréquentes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progression</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Réponses</translation>
    </message>
    <message>
        <source>&amp;Notes and sign-in</source>
        <translation>&amp;Messages et connexion</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s), {right} right</source>
        <translation>
            <numerusform>%n réponse, bonnes&#xa0;: {right}</numerusform>
            <numerusform>%n réponses, bonnes&#xa0;: {right}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) on task</source>
        <translation>
            <numerusform>%n minute de travail</numerusform>
            <numerusform>%n minutes de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hint(s) used</source>
        <translation>
            <numerusform>%n indice utilisé</numerusform>
            <numerusform>%n indices utilisés</numerusform>
        </translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Right / answers</source>
        <translation>Justes / réponses</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Right?</source>
        <translation>Juste&#xa0;?</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ juste</translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation>✗ faux</translation>
    </message>
    <message>
        <source>{times}× {feedback}</source>
        <translation>{times}× {feedback}</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucune relevée.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>pas encore lu</translation>
    </message>
    <message>
        <source>The PIN or picture password was removed; the learner signs in without one.</source>
        <translation>Le code secret ou le mot de passe en images a été supprimé&#xa0;; l&apos;élève se connecte désormais sans.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
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
        <source>Teacher &amp;Mode…</source>
        <translation>&amp;Mode enseignant…</translation>
    </message>
    <message>
        <source>&amp;Content Packs…</source>
        <translation>&amp;Paquets de contenu…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
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
    <name>MasteryGridModel</name>
    <message>
        <source>Learner</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Mastered</source>
        <translation>Maîtrisées</translation>
    </message>
    <message>
        <source>{learner}, {skill}: {status}, {right} of {attempts} right</source>
        <translation>{learner}, {skill}&#xa0;: {status}, {right} réponses justes sur {attempts}</translation>
    </message>
    <message>
        <source>(placed by the placement check)</source>
        <translation>(d&apos;après le test de positionnement)</translation>
    </message>
</context>
<context>
    <name>MasteryGridView</name>
    <message>
        <source>Mastery of each learner in each skill</source>
        <translation>Maîtrise de chaque compétence par chaque élève</translation>
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
        <source>Line {line}: {problem}</source>
        <translation>Ligne {line}&#xa0;: {problem}</translation>
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
    <name>QuizDialog</name>
    <message>
        <source>New quiz</source>
        <translation>Nouveau quiz</translation>
    </message>
    <message>
        <source>&amp;Add questions</source>
        <translation>&amp;Ajouter des questions</translation>
    </message>
    <message>
        <source>Add this &amp;question</source>
        <translation>Ajouter cette &amp;question</translation>
    </message>
    <message>
        <source>untimed</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>À la fin</translation>
    </message>
    <message>
        <source>After each question</source>
        <translation>Après chaque question</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Questions drawn from:</source>
        <translation>Questions tirées de&#xa0;:</translation>
    </message>
    <message>
        <source>Or a chosen question:</source>
        <translation>Ou une question choisie&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>&amp;Limite de temps&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>&amp;Correction&#xa0;:</translation>
    </message>
    <message>
        <source>The question: {prompt}</source>
        <translation>La question&#xa0;: {prompt}</translation>
    </message>
    <message>
        <source>{count} from {skill}</source>
        <translation>{count} question(s)&#xa0;: {skill}</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <source>&amp;Home</source>
        <translation>Acc&amp;ueil</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>Question &amp;suivante</translation>
    </message>
    <message>
        <source>Hand &amp;in</source>
        <translation>&amp;Rendre le quiz</translation>
    </message>
    <message>
        <source>{title} — question {number} of {count}</source>
        <translation>{title} — question {number} sur {count}</translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation>Pas de limite de temps</translation>
    </message>
    <message>
        <source>Time left: {minutes}:{seconds:02d}</source>
        <translation>Temps restant&#xa0;: {minutes}:{seconds:02d}</translation>
    </message>
    <message>
        <source>Saved. Your teacher will read your answer.</source>
        <translation>Enregistré. Ton enseignant lira ta réponse.</translation>
    </message>
    <message>
        <source>✓ Right!</source>
        <translation>✓ C&apos;est juste&#xa0;!</translation>
    </message>
    <message>
        <source>✗ Not quite.</source>
        <translation>✗ Pas tout à fait.</translation>
    </message>
    <message>
        <source>You got {right} of {count} right.</source>
        <translation>Bonnes réponses&#xa0;: {right} sur {count}.</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ juste</translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation>✗ faux</translation>
    </message>
    <message>
        <source>Question {number}: {mark}</source>
        <translation>Question {number}&#xa0;: {mark}</translation>
    </message>
    <message>
        <source>{count} not answered.</source>
        <translation>Questions sans réponse&#xa0;: {count}.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>There is a recording, but this laptop cannot play sound.</source>
        <translation>Il y a un enregistrement, mais cet ordinateur ne peut pas jouer de son.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>No speaker or headphones found. Plug some in, then press again.</source>
        <translation>Aucun haut-parleur ni casque trouvé. Branches-en un, puis appuie de nouveau.</translation>
    </message>
    <message>
        <source>The recording could not be played.</source>
        <translation>L’enregistrement n’a pas pu être lu.</translation>
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
    <name>SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) waiting</source>
        <translation>
            <numerusform>%n réponse en attente</numerusform>
            <numerusform>%n réponses en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced: {reason} {waiting}.</source>
        <translation>Pas synchronisé : {reason} {waiting}.</translation>
    </message>
    <message>
        <source>Synced at {time} · {waiting}</source>
        <translation>Synchronisé à {time} · {waiting}</translation>
    </message>
    <message>
        <source>Not synced yet · {waiting}</source>
        <translation>Pas encore synchronisé · {waiting}</translation>
    </message>
    <message>
        <source>the school server cannot be reached; answers wait here.</source>
        <translation>le serveur de l&apos;école est injoignable ; les réponses attendent ici.</translation>
    </message>
    <message>
        <source>the server no longer accepts this laptop; ask for a new code.</source>
        <translation>le serveur n&apos;accepte plus cet ordinateur ; demandez un nouveau code.</translation>
    </message>
    <message>
        <source>this laptop is not enrolled with a server.</source>
        <translation>cet ordinateur n&apos;est inscrit auprès d&apos;aucun serveur.</translation>
    </message>
    <message>
        <source>the server&apos;s reply cannot be read.</source>
        <translation>la réponse du serveur est illisible.</translation>
    </message>
    <message>
        <source>the server refused; the log has the detail.</source>
        <translation>le serveur a refusé ; le journal donne le détail.</translation>
    </message>
</context>
<context>
    <name>TeacherExports</name>
    <message>
        <source>Saved {file}.</source>
        <translation>Enregistré&#xa0;: {file}.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV) (*.csv)</source>
        <translation>Tableur (CSV) (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Gradebook (CSV)…</source>
        <translation>&amp;Carnet de notes (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Answer log (CSV)…</source>
        <translation>&amp;Journal des réponses (CSV)…</translation>
    </message>
    <message>
        <source>Class &amp;report (PDF)…</source>
        <translation>&amp;Bilan de la classe (PDF)…</translation>
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
    <name>TeacherWording</name>
    <message>
        <source>mastered</source>
        <translation>maîtrisée</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>à réviser</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>en cours d&apos;acquisition</translation>
    </message>
    <message>
        <source>struggling</source>
        <translation>en difficulté</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas commencée</translation>
    </message>
    <message>
        <source>Sudden drop: {right} of the last {tries} answers right, where the model expected about {expected} from earlier work.</source>
        <translation>Baisse soudaine&#xa0;: {right} réponses justes sur les {tries} dernières, alors que le travail précédent en laissait attendre environ {expected}.</translation>
    </message>
    <message>
        <source>Struggling with {skill}: {right} of the last {tries} right; estimate {now}.</source>
        <translation>En difficulté avec {skill}&#xa0;: {right} justes sur les {tries} dernières réponses&#xa0;; estimation {now}.</translation>
    </message>
    <message>
        <source>Stalled on {skill}: {tries} tries without progress (estimate {before} → {now}), {right} right.</source>
        <translation>Pas de progrès avec {skill}&#xa0;: {tries} essais sans progression (estimation {before} → {now}), dont {right} justes.</translation>
    </message>
</context>
<context>
    <name>TeacherWorkspace</name>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Classe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Gradebook, answer log or printable report</source>
        <translation>Carnet de notes, journal des réponses ou bilan à imprimer</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Se déconnecter</translation>
    </message>
    <message>
        <source>&amp;Needs help:</source>
        <translation>&amp;Ont besoin d&apos;aide&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>Learners and &amp;groups</source>
        <translation>Élèves et &amp;groupes</translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation>De&amp;voirs</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>&amp;USB stick</source>
        <translation>Clé &amp;USB</translation>
    </message>
    <message>
        <source>Teacher a&amp;ccounts</source>
        <translation>Co&amp;mptes enseignants</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Session&#xa0;: {name}</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n learner(s))</source>
        <translation>
            <numerusform>{name} (%n élève)</numerusform>
            <numerusform>{name} (%n élèves)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n compétence</numerusform>
            <numerusform>%n compétences</numerusform>
        </translation>
    </message>
    <message>
        <source>{learners}, {skills}. Enter on a learner opens their page.</source>
        <translation>{learners}, {skills}. Appuyez sur Entrée sur un élève pour ouvrir sa fiche.</translation>
    </message>
    <message>
        <source>There is no class yet: add one on the Learners and groups tab.</source>
        <translation>Il n&apos;y a pas encore de classe&#xa0;: créez-en une dans l&apos;onglet «&#xa0;Élèves et groupes&#xa0;».</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Looking at each learner&apos;s recent answers…</source>
        <translation>Examen des réponses récentes de chaque élève…</translation>
    </message>
    <message>
        <source>No one needs help right now.</source>
        <translation>Personne n&apos;a besoin d&apos;aide pour le moment.</translation>
    </message>
</context>
<context>
    <name>UsbTab</name>
    <message>
        <source>A progress bundle holds this laptop&apos;s learners, classes, assignments and every answer. Write one to a USB stick, then read it on another laptop or the school server: reading the same bundle twice changes nothing.</source>
        <translation>Un fichier de progression contient les élèves, les classes, les devoirs et toutes les réponses de cet ordinateur. Enregistrez-le sur une clé USB, puis lisez-le sur un autre ordinateur ou sur le serveur de l&apos;école&#xa0;: lire deux fois le même fichier ne change rien.</translation>
    </message>
    <message>
        <source>&amp;Write progress to a USB stick…</source>
        <translation>En&amp;registrer la progression sur une clé USB…</translation>
    </message>
    <message>
        <source>&amp;Read progress from a USB stick…</source>
        <translation>&amp;Lire la progression depuis une clé USB…</translation>
    </message>
    <message>
        <source>Where to write the progress bundle</source>
        <translation>Où enregistrer le fichier de progression</translation>
    </message>
    <message>
        <source>Writing and checking the bundle…</source>
        <translation>Enregistrement et vérification du fichier…</translation>
    </message>
    <message>
        <source>Written and checked: {file} ({answers} answers). It is safe to remove the stick (use Eject or Safely Remove first if your computer offers it).</source>
        <translation>Fichier enregistré et vérifié&#xa0;: {file} ({answers} réponses). Vous pouvez retirer la clé sans risque (utilisez d&apos;abord «&#xa0;Éjecter&#xa0;» ou «&#xa0;Retirer le périphérique en toute sécurité&#xa0;» si votre ordinateur le propose).</translation>
    </message>
    <message>
        <source>Choose a progress bundle</source>
        <translation>Choisir un fichier de progression</translation>
    </message>
    <message>
        <source>Progress bundles (*.tutorbundle)</source>
        <translation>Fichiers de progression (*.tutorbundle)</translation>
    </message>
    <message>
        <source>Checking and reading the bundle…</source>
        <translation>Vérification et lecture du fichier…</translation>
    </message>
    <message>
        <source>This bundle from {laptop} was read on {date} already; nothing changed.</source>
        <translation>Ce fichier de l&apos;ordinateur {laptop} a déjà été lu le {date}&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Read the bundle from {laptop}: {answers}, {learners}.</source>
        <translation>Fichier de l&apos;ordinateur {laptop} lu&#xa0;: {answers}&#xa0;; {learners}.</translation>
    </message>
    <message numerus="yes">
        <source>%n new answer(s)</source>
        <translation>
            <numerusform>%n nouvelle réponse</numerusform>
            <numerusform>%n nouvelles réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)&apos; progress brought up to date</source>
        <translation>
            <numerusform>progression mise à jour pour %n élève</numerusform>
            <numerusform>progression mise à jour pour %n élèves</numerusform>
        </translation>
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
