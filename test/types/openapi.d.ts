// Written by `npm run openapi:types` from the OpenAPI document: do not edit.
export interface paths {
    "/v1/sender/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Créer un expéditeur
         * @description Crée un expéditeur (sender ID) en attente de validation. Le nom fait 3 à 11 caractères alphanumériques, unique dans le compte quelle que soit la casse.
         *
         *     Rôle nécessaire : `editor` (envois et contacts).
         */
        post: operations["senderCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sender/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lister les expéditeurs
         * @description Récupère la liste des expéditeurs avec pagination et tri.
         *
         *     Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["senderList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sender/{id}/campaign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lister les campagnes d'un expéditeur
         * @description Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["senderCampaigns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sms/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prévisualiser un texte
         * @description Encodage (GSM-7 ou UCS-2), segments (160/153 ou 70/67), personnalisation (@nom_complet, @prenom…) et suggestion GSM-7.
         *
         *     Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["smsPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contact/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Créer un contact
         * @description Rôle nécessaire : `editor` (envois et contacts).
         */
        post: operations["contactCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contact/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lister les contacts
         * @description Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["contactList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contact/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Détails d’un contact
         * @description Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["contactGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/group/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Créer un groupe
         * @description Rôle nécessaire : `editor` (envois et contacts).
         */
        post: operations["groupCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/group/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lister les groupes
         * @description Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["groupList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/group/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Détails d’un groupe et de ses membres
         * @description Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["groupGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/group/{id}/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ajouter des contacts à un groupe
         * @description Contacts existants (par id) ou nouveaux (par numéro, enregistrés au passage).
         *
         *     Rôle nécessaire : `editor` (envois et contacts).
         */
        post: operations["groupAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/group/{id}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retirer des contacts d’un groupe
         * @description Rôle nécessaire : `editor` (envois et contacts).
         */
        post: operations["groupRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaign/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Créer une campagne
         * @description Envoi immédiat (SMS), programmé (SCHEDULED, au quart d’heure) ou répété chaque semaine (RECURRING). Les contacts enregistrés, nouveaux et ceux des groupes sont réunis ; l’expéditeur demandé est utilisé s’il est validé, sinon l’expéditeur par défaut.
         *
         *     Rôle nécessaire : `editor` (envois et contacts).
         */
        post: operations["campaignCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaign/estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Estimer le coût d’une campagne
         * @description Le corps d’une création, sans aucun effet : destinataires facturables, segments comptés sur le texte de chacun (pied STOP compris), coût par pays, numéros sans tarif, désinscrits, disponible, et si le solde suffit.
         *
         *     Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["campaignEstimate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaign/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lister les campagnes
         * @description Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["campaignList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaign/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Détails d’une campagne
         * @description La campagne, ses statistiques, une page de ses destinataires et de ses envois.
         *
         *     Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["campaignGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaign/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Journal des messages d’une campagne
         * @description Chaque destinataire de chaque envoi et ce qu’il est advenu de son message.
         *
         *     Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["campaignMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaign/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Annuler une campagne
         * @description Une campagne répétée à tout moment ; une autre tant que rien n’est parti (ou que les heures calmes retiennent des messages).
         *
         *     Rôle nécessaire : `editor` (envois et contacts).
         */
        post: operations["campaignCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/opt-out/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Désinscrire des numéros
         * @description Rôle nécessaire : `editor` (envois et contacts).
         */
        post: operations["optOutAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/opt-out/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lister les numéros désinscrits
         * @description Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["optOutList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/opt-out/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Réinscrire des numéros
         * @description Rôle nécessaire : `editor` (envois et contacts).
         */
        post: operations["optOutRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Créer un point de réception
         * @description Le secret de signature (whsec_…) n’est montré que dans cette réponse. URL en https vers une adresse publique ; 10 par compte au plus.
         *
         *     Rôle nécessaire : `admin` (webhooks, clés, réglages).
         */
        post: operations["webhookCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lister les points de réception
         * @description Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["webhookList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Détails d’un point de réception
         * @description Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["webhookGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook/{id}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Supprimer un point de réception
         * @description Rôle nécessaire : `admin` (webhooks, clés, réglages).
         */
        post: operations["webhookDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changer le secret de signature
         * @description L’ancien secret signe encore 24 heures à côté du nouveau.
         *
         *     Rôle nécessaire : `admin` (webhooks, clés, réglages).
         */
        post: operations["webhookRotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Réactiver un point de réception
         * @description Un point désactivé (410 reçu, ou trois jours d’échecs) reçoit de nouveau ses événements ; les livraisons encore en attente repartent.
         *
         *     Rôle nécessaire : `admin` (webhooks, clés, réglages).
         */
        post: operations["webhookEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Envoyer un événement de test
         * @description Rôle nécessaire : `admin` (webhooks, clés, réglages).
         */
        post: operations["webhookTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Journal des livraisons
         * @description Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["webhookDeliveries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Solde du compte
         * @description Le solde, ce que les envois en cours réservent, ce qui reste disponible (solde − réservé + crédit autorisé). Chaque segment est facturé séparément.
         *
         *     Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["accountBalance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mouvements du solde
         * @description Le journal des mouvements, du plus récent au plus ancien : rechargements, ajustements, débits des envois. Le solde est toujours la somme des mouvements.
         *
         *     Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["accountTransactions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tarifs du compte
         * @description Le prix d’un segment par pays de destination qui s’applique au compte : le tarif de la plateforme, ou le tarif propre au compte. Un pays absent n’est pas desservi (destination-not-priced).
         *
         *     Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["accountPrices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Réglages du solde
         * @description Fixe le seuil d’alerte : quand le disponible passe sous ce seuil, l’événement account.balance_low est émis, une fois par passage (null le retire).
         *
         *     Rôle nécessaire : `admin` (webhooks, clés, réglages).
         */
        post: operations["accountSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Journal des modifications
         * @description Qui a changé quoi dans le compte, par l’API, la console ou les opérateurs, du plus récent au plus ancien ; gardé un an. Aucun secret n’y figure.
         *
         *     Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["auditList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/key/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Créer une clé API
         * @description Une clé nommée, avec son rôle (pas au-dessus du vôtre). La clé n’est montrée que dans cette réponse : gardez-la ; la plateforme n’en garde que l’empreinte.
         *
         *     Rôle nécessaire : `admin` (webhooks, clés, réglages).
         */
        post: operations["keyCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/key/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lister les clés API
         * @description Les clés du compte, de la plus récente à la plus ancienne, révoquées comprises, avec leur dernière utilisation.
         *
         *     Rôle nécessaire : `admin` (webhooks, clés, réglages).
         */
        post: operations["keyList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/key/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Révoquer une clé API
         * @description La clé est refusée dès sa requête suivante. Révoquer une clé déjà révoquée la renvoie telle quelle.
         *
         *     Rôle nécessaire : `admin` (webhooks, clés, réglages).
         */
        post: operations["keyRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Qui suis-je
         * @description La personne connectée (ou la clé) qui fait la requête, son rôle, et les comptes où elle peut agir : ce que la console montre pour passer d’un compte à l’autre. Sans x-account-id, le premier de ses comptes répond.
         *
         *     Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["me"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/member/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inviter une personne
         * @description La personne reçoit par e-mail un mot de passe temporaire, qu’elle change à sa première connexion. Un administrateur invite jusqu’au rôle admin ; seul un propriétaire nomme un propriétaire.
         *
         *     Rôle nécessaire : `admin` (webhooks, clés, réglages).
         */
        post: operations["memberInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/member/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lister l’équipe
         * @description Les personnes du compte, avec leur rôle et si elles se sont déjà connectées.
         *
         *     Rôle nécessaire : `viewer` (lecture).
         */
        post: operations["memberList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/member/{id}/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changer le rôle d’une personne
         * @description Le nouveau rôle vaut dès sa requête suivante. Seul un propriétaire change le rôle d’un propriétaire ; le dernier propriétaire le reste.
         *
         *     Rôle nécessaire : `admin` (webhooks, clés, réglages).
         */
        post: operations["memberUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/member/{id}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retirer une personne
         * @description Ses requêtes sont refusées dès la suivante. Seul un propriétaire retire un propriétaire ; le dernier propriétaire reste.
         *
         *     Rôle nécessaire : `admin` (webhooks, clés, réglages).
         */
        post: operations["memberRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/account/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lister les comptes
         * @description Par nom, avec le solde, le statut et le dernier jour d’envoi.
         *
         *     Réservé aux opérateurs de la plateforme : jeton de connexion (Authorization: Bearer) d’un membre du groupe operators, connecté avec un code TOTP. Les clés API et les utilisateurs des clients reçoivent 403 forbidden.
         */
        post: operations["operatorAccountList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/account/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ouvrir un compte
         * @description Le compte, son solde d’ouverture (un rechargement « Solde d’ouverture ») et son premier propriétaire, invité par e-mail. Aucune clé API n’est montrée : le propriétaire crée les siennes.
         *
         *     Réservé aux opérateurs de la plateforme : jeton de connexion (Authorization: Bearer) d’un membre du groupe operators, connecté avec un code TOTP. Les clés API et les utilisateurs des clients reçoivent 403 forbidden.
         */
        post: operations["operatorAccountCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/account/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Un compte en entier
         * @description Solde, limites, prix qui s’appliquent, équipe, expéditeurs, campagnes récentes et consommation des 12 derniers mois.
         *
         *     Réservé aux opérateurs de la plateforme : jeton de connexion (Authorization: Bearer) d’un membre du groupe operators, connecté avec un code TOTP. Les clés API et les utilisateurs des clients reçoivent 403 forbidden.
         */
        post: operations["operatorAccountGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/account/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mouvements d’un compte
         * @description Réservé aux opérateurs de la plateforme : jeton de connexion (Authorization: Bearer) d’un membre du groupe operators, connecté avec un code TOTP. Les clés API et les utilisateurs des clients reçoivent 403 forbidden.
         */
        post: operations["operatorAccountLedger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/account/{id}/top-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recharger un compte
         * @description Ajoute au solde, avec une note ; lève account.topped_up. Une fois par Idempotency-Key.
         *
         *     Réservé aux opérateurs de la plateforme : jeton de connexion (Authorization: Bearer) d’un membre du groupe operators, connecté avec un code TOTP. Les clés API et les utilisateurs des clients reçoivent 403 forbidden.
         */
        post: operations["operatorAccountTopUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/account/{id}/adjust": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ajuster un solde
         * @description Réservé aux opérateurs de la plateforme : jeton de connexion (Authorization: Bearer) d’un membre du groupe operators, connecté avec un code TOTP. Les clés API et les utilisateurs des clients reçoivent 403 forbidden.
         */
        post: operations["operatorAccountAdjust"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/account/{id}/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Limites d’un compte
         * @description Réservé aux opérateurs de la plateforme : jeton de connexion (Authorization: Bearer) d’un membre du groupe operators, connecté avec un code TOTP. Les clés API et les utilisateurs des clients reçoivent 403 forbidden.
         */
        post: operations["operatorAccountLimits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/account/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspendre un compte
         * @description Ses clés et ses membres reçoivent 403 account-suspended ; ses envois programmés échouent account-suspended, sans rien facturer.
         *
         *     Réservé aux opérateurs de la plateforme : jeton de connexion (Authorization: Bearer) d’un membre du groupe operators, connecté avec un code TOTP. Les clés API et les utilisateurs des clients reçoivent 403 forbidden.
         */
        post: operations["operatorAccountSuspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/account/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Réactiver un compte
         * @description Les envois suivants partent ; ceux échoués pendant la suspension le restent.
         *
         *     Réservé aux opérateurs de la plateforme : jeton de connexion (Authorization: Bearer) d’un membre du groupe operators, connecté avec un code TOTP. Les clés API et les utilisateurs des clients reçoivent 403 forbidden.
         */
        post: operations["operatorAccountResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/sender/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Expéditeurs par statut
         * @description De tous les comptes, les plus anciens d’abord : PENDING est la file à valider.
         *
         *     Réservé aux opérateurs de la plateforme : jeton de connexion (Authorization: Bearer) d’un membre du groupe operators, connecté avec un code TOTP. Les clés API et les utilisateurs des clients reçoivent 403 forbidden.
         */
        post: operations["operatorSenderList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/sender/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Valider ou refuser un expéditeur
         * @description Lève sender.status_changed. Un refus se motive.
         *
         *     Réservé aux opérateurs de la plateforme : jeton de connexion (Authorization: Bearer) d’un membre du groupe operators, connecté avec un code TOTP. Les clés API et les utilisateurs des clients reçoivent 403 forbidden.
         */
        post: operations["operatorSenderStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/price/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tarifs et coûts du fournisseur
         * @description Réservé aux opérateurs de la plateforme : jeton de connexion (Authorization: Bearer) d’un membre du groupe operators, connecté avec un code TOTP. Les clés API et les utilisateurs des clients reçoivent 403 forbidden.
         */
        post: operations["operatorPriceList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/price/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fixer un prix par segment
         * @description Réservé aux opérateurs de la plateforme : jeton de connexion (Authorization: Bearer) d’un membre du groupe operators, connecté avec un code TOTP. Les clés API et les utilisateurs des clients reçoivent 403 forbidden.
         */
        post: operations["operatorPriceSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/price/provider-cost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Noter le coût du fournisseur
         * @description Réservé aux opérateurs de la plateforme : jeton de connexion (Authorization: Bearer) d’un membre du groupe operators, connecté avec un code TOTP. Les clés API et les utilisateurs des clients reçoivent 403 forbidden.
         */
        post: operations["operatorProviderCost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * La plateforme sur 30 jours
         * @description Messages par jour, livraison et volume par pays et par réseau (approximatif : les numéros changent de réseau), facturé et coût du fournisseur, les comptes qui envoient le plus et ceux dont la livraison baisse.
         *
         *     Réservé aux opérateurs de la plateforme : jeton de connexion (Authorization: Bearer) d’un membre du groupe operators, connecté avec un code TOTP. Les clés API et les utilisateurs des clients reçoivent 403 forbidden.
         */
        post: operations["operatorOverview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/queue/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Files en échec
         * @description Chaque file de messages en échec (dead-letter queue) : sa profondeur et son plus ancien message.
         *
         *     Réservé aux opérateurs de la plateforme : jeton de connexion (Authorization: Bearer) d’un membre du groupe operators, connecté avec un code TOTP. Les clés API et les utilisateurs des clients reçoivent 403 forbidden.
         */
        post: operations["operatorQueueList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/queue/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renvoyer une file en échec
         * @description Ses messages retournent dans la file d’où ils viennent, pour être traités à nouveau (SQS : une tâche de déplacement).
         *
         *     Réservé aux opérateurs de la plateforme : jeton de connexion (Authorization: Bearer) d’un membre du groupe operators, connecté avec un code TOTP. Les clés API et les utilisateurs des clients reçoivent 403 forbidden.
         */
        post: operations["operatorQueueRedrive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Un expéditeur (sender ID) */
        Sender: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            id: string;
            name: string;
            description: string;
            /** @enum {string} */
            status: "PENDING" | "SUBMITTED" | "ACCEPTED" | "REFUSED";
            /** @description Motif du refus (expéditeur refusé) */
            refusalReason?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
        };
        /** @description Un contact */
        Contact: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            id: string;
            /**
             * @description Numéro au format international, sans +
             * @example 2250700000001
             */
            phone: string;
            name?: string;
            firstName?: string;
            lastName?: string;
            /** @enum {string} */
            sex?: "M" | "F";
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
            /** @description Vrai si le numéro s'est désinscrit (STOP) */
            optedOut: boolean;
        };
        /** @description Un contact membre d'un groupe */
        Member: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            id: string;
            /**
             * @description Numéro au format international, sans +
             * @example 2250700000001
             */
            phone: string;
            name?: string;
            firstName?: string;
            lastName?: string;
            /** @enum {string} */
            sex?: "M" | "F";
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
        };
        /** @description Un destinataire d'une campagne */
        Recipient: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            id: string;
            /**
             * @description Numéro au format international, sans +
             * @example 2250700000001
             */
            phone: string;
            name?: string;
            firstName?: string;
            lastName?: string;
            /** @enum {string} */
            sex?: "M" | "F";
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
            /** @constant */
            viaGroup?: true;
        };
        /** @description Un groupe de contacts */
        Group: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            id: string;
            name: string;
            description?: string;
            memberCount: number;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            updatedAt: string;
        };
        /** @description Un groupe et une page de ses membres */
        GroupDetails: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            id: string;
            name: string;
            description?: string;
            memberCount: number;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            updatedAt: string;
            members: components["schemas"]["Member"][];
            membersPage: {
                totalCount: number;
                count: number;
                page: number;
                totalPage: number;
            };
        };
        /** @description Le groupe après l'ajout ou le retrait, et ce qui a changé */
        GroupChange: {
            group: components["schemas"]["Group"];
            added?: number;
            alreadyMembers?: number;
            contactsCreated?: number;
            removed?: number;
            notMembers?: number;
        };
        /** @description Un montant et sa devise */
        Money: {
            /** @description Montant dans l'unité de la devise, 4 décimales au plus */
            amount: number;
            /**
             * @description Devise (ISO 4217)
             * @example XOF
             */
            currency: string;
        };
        /** @description Statistiques d'envoi et de remise */
        Stats: {
            total: number;
            sent: number;
            failed: number;
            pending: number;
            delivered: number;
            undelivered: number;
            unknown: number;
            optedOut: number;
            deferred: number;
            parts: number;
            /** @description What the account was charged for it. */
            cost: components["schemas"]["Money"];
        };
        /** @description Une campagne */
        Campaign: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            id: string;
            name: string;
            /** @enum {string} */
            type: "SMS" | "SCHEDULED" | "RECURRING";
            /** @enum {string} */
            status: "PENDING" | "SENT" | "FAILED" | "CANCELLED";
            text: string;
            optOutFooter?: string;
            quietHours: {
                start: string;
                end: string;
            } | null;
            senderId: string;
            sender: {
                id: string | null;
                name: string;
                requested: string | null;
                /** @enum {string} */
                reason: "requested" | "not-requested" | "not-found" | "not-accepted";
            };
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            scheduledDate?: string;
            recurring?: {
                monday?: string;
                tuesday?: string;
                wednesday?: string;
                thursday?: string;
                friday?: string;
                saturday?: string;
                sunday?: string;
            };
            timezone: string;
            groupsIds: string[];
            recipientCount: number;
            /** @description Plafond de coût d'un envoi */
            maxCost?: components["schemas"]["Money"];
            /**
             * @description Pourquoi son dernier envoi a été refusé
             * @enum {string}
             */
            failureReason?: "insufficient-balance" | "spend-limit-reached" | "cost-cap-exceeded" | "account-suspended";
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            lastRunAt?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            nextRunAt?: string;
            stats: components["schemas"]["Stats"];
            analysis: {
                /** @enum {string} */
                encoding: "GSM-7" | "UCS-2";
                segmentsPerMessage: number;
                totalSegments: number;
                maxSegmentsPerMessage: number;
                ucs2Recipients: number;
                tooLongRecipients: number;
            };
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            updatedAt: string;
        };
        /** @description Un envoi d'une campagne (une par semaine pour une campagne répétée) */
        Occurrence: {
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            occurrence: string;
            /** @enum {string} */
            status: "SENDING" | "SENT" | "FAILED";
            /** @enum {string} */
            reason?: "insufficient-balance" | "spend-limit-reached" | "cost-cap-exceeded" | "account-suspended";
            stats: components["schemas"]["Stats"];
        };
        /** @description Une campagne, une page de ses destinataires et de ses envois */
        CampaignDetails: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            id: string;
            name: string;
            /** @enum {string} */
            type: "SMS" | "SCHEDULED" | "RECURRING";
            /** @enum {string} */
            status: "PENDING" | "SENT" | "FAILED" | "CANCELLED";
            text: string;
            optOutFooter?: string;
            quietHours: {
                start: string;
                end: string;
            } | null;
            senderId: string;
            sender: {
                id: string | null;
                name: string;
                requested: string | null;
                /** @enum {string} */
                reason: "requested" | "not-requested" | "not-found" | "not-accepted";
            };
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            scheduledDate?: string;
            recurring?: {
                monday?: string;
                tuesday?: string;
                wednesday?: string;
                thursday?: string;
                friday?: string;
                saturday?: string;
                sunday?: string;
            };
            timezone: string;
            groupsIds: string[];
            recipientCount: number;
            /** @description Plafond de coût d'un envoi */
            maxCost?: components["schemas"]["Money"];
            /**
             * @description Pourquoi son dernier envoi a été refusé
             * @enum {string}
             */
            failureReason?: "insufficient-balance" | "spend-limit-reached" | "cost-cap-exceeded" | "account-suspended";
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            lastRunAt?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            nextRunAt?: string;
            stats: components["schemas"]["Stats"];
            analysis: {
                /** @enum {string} */
                encoding: "GSM-7" | "UCS-2";
                segmentsPerMessage: number;
                totalSegments: number;
                maxSegmentsPerMessage: number;
                ucs2Recipients: number;
                tooLongRecipients: number;
            };
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            updatedAt: string;
            contacts: components["schemas"]["Recipient"][];
            contactsPage: {
                totalCount: number;
                count: number;
                page: number;
                totalPage: number;
            };
            occurrences: components["schemas"]["Occurrence"][];
            occurrencesPage: {
                totalCount: number;
                count: number;
                page: number;
                totalPage: number;
            };
        };
        /** @description Un message d'un envoi, tel que le destinataire le reçoit */
        Message: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            campaignId: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            occurrence: string;
            /**
             * @description Numéro au format international, sans +
             * @example 2250700000001
             */
            phone: string;
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            contactId: string;
            text: string;
            encoding: string;
            segments: number;
            /** @enum {string} */
            status: "PENDING" | "SENT" | "DELIVERED" | "UNDELIVERED" | "UNKNOWN" | "FAILED";
            /** @enum {string} */
            reason?: "invalid-number" | "opted-out" | "message-too-long" | "outcome-unknown" | "provider-refused" | "destination-not-priced" | "account-suspended";
            providerStatus?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            sentAt?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            deliveredAt?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            deferredUntil?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            updatedAt: string;
        };
        /** @description L'aperçu d'un texte : encodage, segments, personnalisation */
        Preview: {
            /** @enum {string} */
            encoding: "GSM-7" | "UCS-2";
            length: number;
            units: number;
            segments: number;
            perSegment: number;
            remaining: number;
            parts: string[];
            nonGsmCharacters: string[];
            text: string;
            withinLimit: boolean;
            maxSegments: number;
            variables: string[];
            unknownVariables: string[];
            gsmSuggestion: {
                text: string;
                encoding: string;
                segments: number;
                savedSegments: number;
                replaced: string[];
            } | null;
        };
        /** @description Un numéro désinscrit */
        OptOut: {
            /**
             * @description Numéro au format international, sans +
             * @example 2250700000001
             */
            phone: string;
            /** @enum {string} */
            source: "api" | "reply" | "provider";
            keyword?: string;
            reason?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
        };
        /** @description Un point de réception de webhooks */
        Webhook: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            id: string;
            url: string;
            events: ("message.delivered" | "message.undelivered" | "message.failed" | "campaign.sent" | "campaign.failed" | "campaign.cancelled" | "contact.opted_out" | "contact.opted_in" | "sender.status_changed" | "account.balance_low" | "account.topped_up" | "webhook.test" | "*")[];
            description: string;
            /** @enum {string} */
            status: "ENABLED" | "DISABLED";
            disabledReason?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
        };
        /** @description Un point de réception et son secret, montré une seule fois */
        WebhookWithSecret: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            id: string;
            url: string;
            events: ("message.delivered" | "message.undelivered" | "message.failed" | "campaign.sent" | "campaign.failed" | "campaign.cancelled" | "contact.opted_out" | "contact.opted_in" | "sender.status_changed" | "account.balance_low" | "account.topped_up" | "webhook.test" | "*")[];
            description: string;
            /** @enum {string} */
            status: "ENABLED" | "DISABLED";
            disabledReason?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
            /** @description Secret de signature (whsec_…), affiché une seule fois */
            secret: string;
        };
        /** @description Une clé API du compte (jamais la clé elle-même) */
        ApiKey: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            id: string;
            /** @description Son nom (null : une clé d’avant les noms) */
            name: string | null;
            /** @enum {string} */
            role: "viewer" | "editor" | "admin" | "owner";
            /** @description Les premiers caractères, pour la reconnaître */
            preview: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
            /**
             * @description Sa dernière requête (à la seconde)
             * @example 2025-05-17T20:47:51.320Z
             */
            lastUsedAt?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            revokedAt?: string;
        };
        /** @description Une clé API créée, et la clé, montrée une seule fois */
        CreatedApiKey: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            id: string;
            /** @description Son nom (null : une clé d’avant les noms) */
            name: string | null;
            /** @enum {string} */
            role: "viewer" | "editor" | "admin" | "owner";
            /** @description Les premiers caractères, pour la reconnaître */
            preview: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
            /**
             * @description Sa dernière requête (à la seconde)
             * @example 2025-05-17T20:47:51.320Z
             */
            lastUsedAt?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            revokedAt?: string;
            /** @description La clé (sk_…), affichée une seule fois */
            key: string;
        };
        /** @description Qui fait la requête, et dans quels comptes */
        Me: {
            actor: {
                /** @enum {string} */
                type: "user" | "key";
                id: string;
                /** @description Son e-mail, ou le nom de la clé */
                label: string;
            };
            /** @description Le compte où agit cette requête */
            accountId: string;
            /** @enum {string} */
            role: "viewer" | "editor" | "admin" | "owner";
            /** @description Chaque compte où la personne (ou la clé) peut agir, avec son rôle */
            accounts: {
                id: string;
                name: string;
                /** @enum {string} */
                role: "viewer" | "editor" | "admin" | "owner";
            }[];
        };
        /** @description Une personne de l’équipe du compte */
        TeamMember: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            id: string;
            /** @description Son adresse e-mail (son identifiant de connexion) */
            email: string;
            /** @enum {string} */
            role: "viewer" | "editor" | "admin" | "owner";
            /**
             * @description INVITED jusqu’à sa première requête dans le compte (sa première connexion)
             * @enum {string}
             */
            status: "INVITED" | "ACTIVE";
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
            /**
             * @description Sa dernière requête dans le compte (à la seconde)
             * @example 2025-05-17T20:47:51.320Z
             */
            lastSeenAt?: string;
        };
        /** @description Une modification du compte : qui, quoi, quand */
        AuditEntry: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            id: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            at: string;
            actor: {
                /** @enum {string} */
                type: "user" | "key" | "operator";
                id: string;
                /** @description L’e-mail d’une personne, le nom d’une clé, un opérateur */
                label: string;
            };
            /**
             * @description <objet>.<verbe>
             * @example campaign.cancel
             */
            action: string;
            target: {
                type: string;
                id: string;
            };
            details?: {
                [key: string]: unknown;
            };
        };
        /** @description La livraison d'un événement à un point de réception */
        WebhookDelivery: {
            eventId: string;
            /** @enum {string} */
            type: "message.delivered" | "message.undelivered" | "message.failed" | "campaign.sent" | "campaign.failed" | "campaign.cancelled" | "contact.opted_out" | "contact.opted_in" | "sender.status_changed" | "account.balance_low" | "account.topped_up" | "webhook.test";
            attempts: number;
            /** @enum {string} */
            status: "PENDING" | "SUCCEEDED" | "FAILED";
            lastStatusCode?: number;
            lastError?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            nextAttemptAt?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
        };
        /** @description Le solde du compte : disponible = solde − réservé + crédit autorisé */
        Balance: {
            balance: components["schemas"]["Money"];
            reserved: components["schemas"]["Money"];
            available: components["schemas"]["Money"];
            creditLimit: components["schemas"]["Money"];
            lowBalanceThreshold: components["schemas"]["Money"] | null;
            monthlySpendLimit: components["schemas"]["Money"] | null;
            spentThisMonth: components["schemas"]["Money"];
        };
        /** @description Un mouvement du solde (montant signé) */
        Transaction: {
            id: string;
            /** @enum {string} */
            type: "TOP_UP" | "CHARGE" | "REFUND" | "ADJUSTMENT";
            amount: components["schemas"]["Money"];
            balanceAfter: components["schemas"]["Money"];
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            campaignId?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            occurrence?: string;
            segments?: number;
            note?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
        };
        /** @description Le prix d'un segment vers un pays */
        Price: {
            /**
             * @description Pays de destination (ISO 3166 alpha-2)
             * @example CI
             */
            country: string;
            /** @description Prix par segment */
            price: components["schemas"]["Money"];
            /**
             * @description Le tarif de la plateforme, ou un tarif propre au compte
             * @enum {string}
             */
            source: "platform" | "account";
        };
        /** @description Le coût d'une campagne avant l'envoi, pays par pays */
        Estimate: {
            /** @description Destinataires facturables */
            recipients: number;
            segments: number;
            cost: components["schemas"]["Money"];
            byCountry: {
                country: string;
                recipients: number;
                segments: number;
                price: components["schemas"]["Money"];
                cost: components["schemas"]["Money"];
            }[];
            unpriced: {
                phone: string;
                country: string | null;
            }[];
            optedOut: number;
            tooLong: number;
            available: components["schemas"]["Money"];
            sufficient: boolean;
            /** @enum {string} */
            reason?: "insufficient-balance" | "spend-limit-reached" | "cost-cap-exceeded" | "account-suspended";
        };
        /** @description Un compte client, vu du back-office */
        OperatorAccount: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            id: string;
            name: string;
            /** @enum {string} */
            status: "ACTIVE" | "SUSPENDED";
            suspension?: {
                reason: string;
                /**
                 * @description Date et heure ISO 8601 (UTC)
                 * @example 2025-05-17T20:47:51.320Z
                 */
                at: string;
                by: string;
            };
            plan: {
                senderLimit: number;
                requestsPerSecond?: number;
            };
            defaultSender?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
        };
        /** @description Le compte ouvert et son premier propriétaire, invité */
        OpenedAccount: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            id: string;
            name: string;
            /** @enum {string} */
            status: "ACTIVE" | "SUSPENDED";
            suspension?: {
                reason: string;
                /**
                 * @description Date et heure ISO 8601 (UTC)
                 * @example 2025-05-17T20:47:51.320Z
                 */
                at: string;
                by: string;
            };
            plan: {
                senderLimit: number;
                requestsPerSecond?: number;
            };
            defaultSender?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
            owner: components["schemas"]["TeamMember"] | null;
        };
        /** @description Un compte, son solde et sa dernière activité */
        OperatorAccountRow: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            id: string;
            name: string;
            /** @enum {string} */
            status: "ACTIVE" | "SUSPENDED";
            suspension?: {
                reason: string;
                /**
                 * @description Date et heure ISO 8601 (UTC)
                 * @example 2025-05-17T20:47:51.320Z
                 */
                at: string;
                by: string;
            };
            plan: {
                senderLimit: number;
                requestsPerSecond?: number;
            };
            defaultSender?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
            balance: components["schemas"]["Balance"];
            /** @description Dernier jour d’envoi (UTC) */
            lastActiveDay: string | null;
        };
        /** @description Une demande d’expéditeur et son compte */
        QueuedSender: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            id: string;
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            accountId: string;
            name: string;
            description: string;
            /** @enum {string} */
            status: "PENDING" | "SUBMITTED" | "ACCEPTED" | "REFUSED";
            refusalReason?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            updatedAt: string;
        };
        /** @description Tout un compte, pour le back-office */
        OperatorAccountFile: {
            /**
             * @description Identifiant (24 caractères hexadécimaux)
             * @example 6828f5f79df4397112837d22
             */
            id: string;
            name: string;
            /** @enum {string} */
            status: "ACTIVE" | "SUSPENDED";
            suspension?: {
                reason: string;
                /**
                 * @description Date et heure ISO 8601 (UTC)
                 * @example 2025-05-17T20:47:51.320Z
                 */
                at: string;
                by: string;
            };
            plan: {
                senderLimit: number;
                requestsPerSecond?: number;
            };
            defaultSender?: string;
            /**
             * @description Date et heure ISO 8601 (UTC)
             * @example 2025-05-17T20:47:51.320Z
             */
            createdAt: string;
            balance: components["schemas"]["Balance"];
            /** @description Dernier jour d’envoi (UTC) */
            lastActiveDay: string | null;
            prices: components["schemas"]["Price"][];
            members: {
                items: components["schemas"]["TeamMember"][];
                pagination: {
                    totalCount: number;
                    count: number;
                    page: number;
                    totalPage: number;
                };
            };
            senders: {
                items: components["schemas"]["QueuedSender"][];
                pagination: {
                    totalCount: number;
                    count: number;
                    page: number;
                    totalPage: number;
                };
            };
            campaigns: {
                items: components["schemas"]["Campaign"][];
                pagination: {
                    totalCount: number;
                    count: number;
                    page: number;
                    totalPage: number;
                };
            };
            usage: {
                month: string;
                /** @description Messages remis au fournisseur */
                sent: number;
                /** @description Messages refusés avant l’envoi (désinscrits, trop longs…) */
                failed: number;
                segments: number;
                delivered: number;
                undelivered: number;
                /** @description Part des messages livrés parmi ceux dont l’opérateur a rendu compte (null : aucun) */
                deliveryRate: number | null;
                /** @description Facturé aux comptes */
                charged: components["schemas"]["Money"];
            }[];
        };
        /** @description Un prix par segment, le coût du fournisseur et la marge */
        OperatorPrice: {
            country: string;
            price: components["schemas"]["Money"] | null;
            source: ("platform" | "account") | null;
            providerCost: components["schemas"]["Money"] | null;
            margin: components["schemas"]["Money"] | null;
        };
        /** @description Le prix fixé */
        PriceSet: {
            country: string;
            price: components["schemas"]["Money"];
            /** @enum {string} */
            source: "platform" | "account";
            accountId: string | null;
        };
        /** @description Le coût du fournisseur par segment vers un pays */
        ProviderCost: {
            country: string;
            providerCost: components["schemas"]["Money"] | null;
        };
        /** @description La plateforme sur 30 jours */
        PlatformOverview: {
            from: string;
            to: string;
            days: {
                day: string;
                /** @description Messages remis au fournisseur */
                sent: number;
                /** @description Messages refusés avant l’envoi (désinscrits, trop longs…) */
                failed: number;
                segments: number;
                delivered: number;
                undelivered: number;
                /** @description Part des messages livrés parmi ceux dont l’opérateur a rendu compte (null : aucun) */
                deliveryRate: number | null;
                /** @description Facturé aux comptes */
                charged: components["schemas"]["Money"];
            }[];
            total: {
                /** @description Messages remis au fournisseur */
                sent: number;
                /** @description Messages refusés avant l’envoi (désinscrits, trop longs…) */
                failed: number;
                segments: number;
                delivered: number;
                undelivered: number;
                /** @description Part des messages livrés parmi ceux dont l’opérateur a rendu compte (null : aucun) */
                deliveryRate: number | null;
                /** @description Facturé aux comptes */
                charged: components["schemas"]["Money"];
                /** @description Coût du fournisseur (segments × son prix noté par pays) */
                providerCost: components["schemas"]["Money"];
                margin: components["schemas"]["Money"];
                /** @description Segments vers des pays dont le coût du fournisseur n’est pas noté */
                uncostedSegments: number;
            };
            countries: {
                country: string;
                /** @description Messages remis au fournisseur */
                sent: number;
                /** @description Messages refusés avant l’envoi (désinscrits, trop longs…) */
                failed: number;
                segments: number;
                delivered: number;
                undelivered: number;
                /** @description Part des messages livrés parmi ceux dont l’opérateur a rendu compte (null : aucun) */
                deliveryRate: number | null;
                /** @description Facturé aux comptes */
                charged: components["schemas"]["Money"];
                /** @description Coût du fournisseur (segments × son prix noté par pays) */
                providerCost: components["schemas"]["Money"];
                margin: components["schemas"]["Money"];
                /** @description Segments vers des pays dont le coût du fournisseur n’est pas noté */
                uncostedSegments: number;
            }[];
            networks: {
                country: string;
                /** @description Réseau d’origine du numéro (approximatif : portabilité) */
                network: string;
                /** @description Messages remis au fournisseur */
                sent: number;
                /** @description Messages refusés avant l’envoi (désinscrits, trop longs…) */
                failed: number;
                segments: number;
                delivered: number;
                undelivered: number;
                /** @description Part des messages livrés parmi ceux dont l’opérateur a rendu compte (null : aucun) */
                deliveryRate: number | null;
                /** @description Facturé aux comptes */
                charged: components["schemas"]["Money"];
            }[];
            topAccounts: {
                /**
                 * @description Identifiant (24 caractères hexadécimaux)
                 * @example 6828f5f79df4397112837d22
                 */
                id: string;
                name: string;
                /** @description Messages remis au fournisseur */
                sent: number;
                /** @description Messages refusés avant l’envoi (désinscrits, trop longs…) */
                failed: number;
                segments: number;
                delivered: number;
                undelivered: number;
                /** @description Part des messages livrés parmi ceux dont l’opérateur a rendu compte (null : aucun) */
                deliveryRate: number | null;
                /** @description Facturé aux comptes */
                charged: components["schemas"]["Money"];
            }[];
            fallingAccounts: {
                /**
                 * @description Identifiant (24 caractères hexadécimaux)
                 * @example 6828f5f79df4397112837d22
                 */
                id: string;
                name: string;
                recentRate: number;
                earlierRate: number;
                recentReported: number;
            }[];
        };
        /** @description Une file de messages en échec */
        DeadLetterQueue: {
            name: string;
            what: string;
            /** @description Messages dans la file (approximatif sur SQS) */
            depth: number;
            /**
             * @description Mis en file le plus tôt, parmi les dix premiers lus
             * @example 2025-05-17T20:47:51.320Z
             */
            oldestAt?: string;
            /** @description Ses messages peuvent retourner dans leur file */
            redrivable: boolean;
        };
        /** @description Le renvoi lancé */
        Redrive: {
            queue: string;
            started: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    senderCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "apiKey": "YOUR_API_KEY",
                 *       "name": "MySender",
                 *       "description": "My custom sender ID for marketing campaigns"
                 *     }
                 */
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /** @description Nom de l’expéditeur (3 à 11 caractères alphanumériques) */
                    name: string;
                    /** @description Description de l’expéditeur */
                    description: string;
                };
            };
        };
        responses: {
            /** @description Créé */
            201: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "6828f5f79df4397112837d22",
                     *         "name": "MySender",
                     *         "description": "My custom sender ID for marketing campaigns",
                     *         "status": "PENDING",
                     *         "createdAt": "2025-05-17T20:47:51.320Z"
                     *       },
                     *       "error": null
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Sender"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended, sender-limit-reached */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended" | "sender-limit-reached";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress, sender-name-taken */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress" | "sender-name-taken";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    senderList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "apiKey": "YOUR_API_KEY",
                 *       "sort": "asc",
                 *       "orderBy": "createdAt",
                 *       "count": 10,
                 *       "page": 1
                 *     }
                 */
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /**
                     * @description Ordre de tri
                     * @default desc
                     * @enum {string}
                     */
                    sort?: "asc" | "desc";
                    /**
                     * @description Champ de tri
                     * @default createdAt
                     * @enum {string}
                     */
                    orderBy?: "name" | "createdAt";
                    /**
                     * @description Nombre d’éléments par page
                     * @default 10
                     */
                    count?: number;
                    /**
                     * @description Numéro de page (à partir de 1)
                     * @default 1
                     */
                    page?: number;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Sender"][];
                        error: null;
                        totalCount: number;
                        count: number;
                        page: number;
                        totalPage: number;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    senderCampaigns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /**
                     * @description Nombre d’éléments par page
                     * @default 10
                     */
                    count?: number;
                    /**
                     * @description Numéro de page (à partir de 1)
                     * @default 1
                     */
                    page?: number;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Campaign"][];
                        error: null;
                        totalCount: number;
                        count: number;
                        page: number;
                        totalPage: number;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : sender-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "sender-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    smsPreview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "apiKey": "YOUR_API_KEY",
                 *       "text": "Bonjour @prenom, votre commande est prête."
                 *     }
                 */
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /** @description Texte à prévisualiser */
                    text: string;
                    /** @description Contact pour lequel personnaliser le texte */
                    contact?: {
                        phone?: string | number;
                        name?: string;
                        firstName?: string;
                        lastName?: string;
                        /** @enum {string} */
                        sex?: "M" | "F";
                    };
                    /**
                     * @description Avec la ligne de désinscription
                     * @default false
                     */
                    optOutFooter?: boolean;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Preview"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    contactCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "apiKey": "YOUR_API_KEY",
                 *       "phone": "2250101010101",
                 *       "firstName": "Awa",
                 *       "lastName": "Koné"
                 *     }
                 */
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /** @description Numéro de téléphone avec l’indicatif du pays, sans + (22500000000) */
                    phone: string | number;
                    /** @description Nom complet */
                    name?: string;
                    /** @description Prénom */
                    firstName?: string;
                    /** @description Nom de famille */
                    lastName?: string;
                    /**
                     * @description Genre
                     * @enum {string}
                     */
                    sex?: "M" | "F";
                };
            };
        };
        responses: {
            /** @description Créé */
            201: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Contact"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress, contact-phone-taken */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress" | "contact-phone-taken";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    contactList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /**
                     * @description Numéro de page (à partir de 1)
                     * @default 1
                     */
                    page?: number;
                    /**
                     * @description Nombre d’éléments par page
                     * @default 10
                     */
                    count?: number;
                    /** @description Numéros commençant par ces chiffres */
                    phone?: string;
                    /** @description Recherche dans les noms et prénoms, sans tenir compte des accents */
                    search?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Contact"][];
                        error: null;
                        totalCount: number;
                        count: number;
                        page: number;
                        totalPage: number;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    contactGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Contact"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : contact-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "contact-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    groupCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "apiKey": "YOUR_API_KEY",
                 *       "name": "VIP",
                 *       "description": "Clients fidèles"
                 *     }
                 */
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /** @description Nom du groupe */
                    name: string;
                    /** @description Description du groupe */
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Créé */
            201: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Group"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    groupList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /**
                     * @description Numéro de page (à partir de 1)
                     * @default 1
                     */
                    page?: number;
                    /**
                     * @description Nombre d’éléments par page
                     * @default 10
                     */
                    count?: number;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Group"][];
                        error: null;
                        totalCount: number;
                        count: number;
                        page: number;
                        totalPage: number;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    groupGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /**
                     * @description Numéro de page (à partir de 1)
                     * @default 1
                     */
                    page?: number;
                    /**
                     * @description Nombre d’éléments par page
                     * @default 10
                     */
                    count?: number;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["GroupDetails"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : group-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "group-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    groupAdd: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /** @description Contacts à ajouter par numéro (enregistrés s’ils sont nouveaux) */
                    contacts?: {
                        phone: string | number;
                        name?: string;
                        firstName?: string;
                        lastName?: string;
                        /** @enum {string} */
                        sex?: "M" | "F";
                        id?: string;
                    }[];
                    /**
                     * @description Identifiants de contacts enregistrés à ajouter
                     * @default []
                     */
                    contactIds?: string[];
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["GroupChange"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : group-not-found, contact-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "group-not-found" | "contact-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    groupRemove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /** @description Identifiants des contacts à retirer */
                    contactIds: string[];
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["GroupChange"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : group-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "group-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    campaignCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /** @description Nom de la campagne */
                    name?: string;
                    /** @description Liste des contacts destinataires (enregistrés par id, ou nouveaux : enregistrés si le numéro n’existe pas) */
                    contacts?: {
                        phone: string | number;
                        name?: string;
                        firstName?: string;
                        lastName?: string;
                        /** @enum {string} */
                        sex?: "M" | "F";
                        id?: string;
                    }[];
                    /**
                     * @description Liste des identifiants de groupes dont les contacts s’ajoutent à la campagne
                     * @default []
                     */
                    groupsIds?: string[];
                    /** @description Contenu du message (@nom_complet, @prenom, @nom… personnalisent) */
                    text: string;
                    /** @description Identifiant ou nom de l’expéditeur : utilisé s’il est validé, sinon l’expéditeur par défaut */
                    senderId?: string;
                    /**
                     * @description Type de campagne
                     * @default SMS
                     * @enum {string}
                     */
                    type?: "SMS" | "SCHEDULED" | "RECURRING";
                    /**
                     * Format: date-time
                     * @description Date de programmation (type SCHEDULED), au quart d’heure
                     */
                    scheduledDate?: string;
                    /** @description Jours et heures de répétition (type RECURRING) : seuls le jour et l’heure comptent */
                    recurring?: {
                        /** Format: date-time */
                        monday?: string;
                        /** Format: date-time */
                        tuesday?: string;
                        /** Format: date-time */
                        wednesday?: string;
                        /** Format: date-time */
                        thursday?: string;
                        /** Format: date-time */
                        friday?: string;
                        /** Format: date-time */
                        saturday?: string;
                        /** Format: date-time */
                        sunday?: string;
                    };
                    /** @description Fuseau horaire des heures données (IANA, par exemple Africa/Abidjan) */
                    timezone?: string;
                    /**
                     * @description Ajoute la ligne de désinscription (STOP) au texte
                     * @default false
                     */
                    optOutFooter?: boolean;
                    /** @description Heures calmes, dans l’heure locale de chaque destinataire (null : aucune) */
                    quietHours?: {
                        start: string;
                        end: string;
                    } | null;
                    /** @description Plafond de coût d’un envoi : au-delà, il est refusé (cost-cap-exceeded) */
                    maxCost?: number | string;
                };
            };
        };
        responses: {
            /** @description Créé */
            201: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Campaign"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur : insufficient-balance, spend-limit-reached, cost-cap-exceeded */
            402: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "insufficient-balance" | "spend-limit-reached" | "cost-cap-exceeded";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : contact-not-found, group-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "contact-not-found" | "group-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    campaignEstimate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /** @description Nom de la campagne */
                    name?: string;
                    /** @description Liste des contacts destinataires (enregistrés par id, ou nouveaux : enregistrés si le numéro n’existe pas) */
                    contacts?: {
                        phone: string | number;
                        name?: string;
                        firstName?: string;
                        lastName?: string;
                        /** @enum {string} */
                        sex?: "M" | "F";
                        id?: string;
                    }[];
                    /**
                     * @description Liste des identifiants de groupes dont les contacts s’ajoutent à la campagne
                     * @default []
                     */
                    groupsIds?: string[];
                    /** @description Contenu du message (@nom_complet, @prenom, @nom… personnalisent) */
                    text: string;
                    /** @description Identifiant ou nom de l’expéditeur : utilisé s’il est validé, sinon l’expéditeur par défaut */
                    senderId?: string;
                    /**
                     * @description Type de campagne
                     * @default SMS
                     * @enum {string}
                     */
                    type?: "SMS" | "SCHEDULED" | "RECURRING";
                    /**
                     * Format: date-time
                     * @description Date de programmation (type SCHEDULED), au quart d’heure
                     */
                    scheduledDate?: string;
                    /** @description Jours et heures de répétition (type RECURRING) : seuls le jour et l’heure comptent */
                    recurring?: {
                        /** Format: date-time */
                        monday?: string;
                        /** Format: date-time */
                        tuesday?: string;
                        /** Format: date-time */
                        wednesday?: string;
                        /** Format: date-time */
                        thursday?: string;
                        /** Format: date-time */
                        friday?: string;
                        /** Format: date-time */
                        saturday?: string;
                        /** Format: date-time */
                        sunday?: string;
                    };
                    /** @description Fuseau horaire des heures données (IANA, par exemple Africa/Abidjan) */
                    timezone?: string;
                    /**
                     * @description Ajoute la ligne de désinscription (STOP) au texte
                     * @default false
                     */
                    optOutFooter?: boolean;
                    /** @description Heures calmes, dans l’heure locale de chaque destinataire (null : aucune) */
                    quietHours?: {
                        start: string;
                        end: string;
                    } | null;
                    /** @description Plafond de coût d’un envoi : au-delà, il est refusé (cost-cap-exceeded) */
                    maxCost?: number | string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Estimate"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : contact-not-found, group-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "contact-not-found" | "group-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    campaignList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /**
                     * @description Numéro de page (à partir de 1)
                     * @default 1
                     */
                    page?: number;
                    /**
                     * @description Nombre de campagnes par page (comme count)
                     * @default 10
                     */
                    limit?: number;
                    /**
                     * @description Statut des campagnes à lister
                     * @default ALL
                     * @enum {string}
                     */
                    status?: "ALL" | "PENDING" | "SENT" | "FAILED" | "CANCELLED";
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Campaign"][];
                        error: null;
                        totalCount: number;
                        count: number;
                        page: number;
                        totalPage: number;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    campaignGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /**
                     * @description Page des destinataires
                     * @default 1
                     */
                    contactsPage?: number;
                    /**
                     * @description Destinataires par page
                     * @default 100
                     */
                    contactsCount?: number;
                    /**
                     * @description Page des envois
                     * @default 1
                     */
                    occurrencesPage?: number;
                    /**
                     * @description Envois par page
                     * @default 10
                     */
                    occurrencesCount?: number;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["CampaignDetails"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : campaign-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "campaign-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    campaignMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /**
                     * @description Numéro de page (à partir de 1)
                     * @default 1
                     */
                    page?: number;
                    /**
                     * @description Nombre d’éléments par page
                     * @default 50
                     */
                    count?: number;
                    /**
                     * @description Statut des messages à lister (ALL : tous)
                     * @default ALL
                     * @enum {string}
                     */
                    status?: "ALL" | "PENDING" | "SENT" | "DELIVERED" | "UNDELIVERED" | "UNKNOWN" | "FAILED";
                    /** @description Le message de ce numéro */
                    phone?: string | number;
                    /**
                     * Format: date-time
                     * @description Les messages de cet envoi (sa date)
                     */
                    occurrence?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Message"][];
                        error: null;
                        totalCount: number;
                        count: number;
                        page: number;
                        totalPage: number;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : campaign-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "campaign-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    campaignCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Campaign"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : campaign-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "campaign-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress, campaign-not-cancellable */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress" | "campaign-not-cancellable";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    optOutAdd: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "apiKey": "YOUR_API_KEY",
                 *       "phones": [
                 *         "2250700000001"
                 *       ],
                 *       "reason": "Demande par téléphone"
                 *     }
                 */
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /** @description Numéros à désinscrire (1 à 1 000) */
                    phones: (string | number)[];
                    /** @description Motif, gardé avec la désinscription */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            added: number;
                            alreadyOptedOut: number;
                        };
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    optOutList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /**
                     * @description Numéro de page (à partir de 1)
                     * @default 1
                     */
                    page?: number;
                    /**
                     * @description Nombre d’éléments par page
                     * @default 10
                     */
                    count?: number;
                    /** @description Ce numéro seulement */
                    phone?: string | number;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["OptOut"][];
                        error: null;
                        totalCount: number;
                        count: number;
                        page: number;
                        totalPage: number;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    optOutRemove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /** @description Numéros à réinscrire (1 à 1 000) */
                    phones: (string | number)[];
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            removed: number;
                            notOptedOut: number;
                        };
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    webhookCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "apiKey": "YOUR_API_KEY",
                 *       "url": "https://example.com/hooks/sms",
                 *       "events": [
                 *         "message.delivered",
                 *         "campaign.sent"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /** @description Adresse https du point de réception */
                    url: string;
                    /** @description Types d’événements à recevoir, ou ["*"] pour tous */
                    events: ("message.delivered" | "message.undelivered" | "message.failed" | "campaign.sent" | "campaign.failed" | "campaign.cancelled" | "contact.opted_out" | "contact.opted_in" | "sender.status_changed" | "account.balance_low" | "account.topped_up" | "webhook.test" | "*")[];
                    /**
                     * @description Description libre
                     * @default
                     */
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Créé */
            201: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["WebhookWithSecret"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required, webhook-url-not-allowed */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required" | "webhook-url-not-allowed";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended, webhook-limit-reached */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended" | "webhook-limit-reached";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    webhookList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /**
                     * @description Numéro de page (à partir de 1)
                     * @default 1
                     */
                    page?: number;
                    /**
                     * @description Nombre d’éléments par page
                     * @default 10
                     */
                    count?: number;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Webhook"][];
                        error: null;
                        totalCount: number;
                        count: number;
                        page: number;
                        totalPage: number;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    webhookGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Webhook"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : webhook-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "webhook-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    webhookDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /**
                             * @description Identifiant (24 caractères hexadécimaux)
                             * @example 6828f5f79df4397112837d22
                             */
                            id: string;
                            /** @constant */
                            deleted: true;
                        };
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : webhook-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "webhook-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    webhookRotateSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["WebhookWithSecret"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : webhook-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "webhook-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    webhookEnable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Webhook"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : webhook-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "webhook-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    webhookTest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            eventId: string;
                            /** @constant */
                            type: "webhook.test";
                        };
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : webhook-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "webhook-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    webhookDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /**
                     * @description Numéro de page (à partir de 1)
                     * @default 1
                     */
                    page?: number;
                    /**
                     * @description Nombre d’éléments par page
                     * @default 10
                     */
                    count?: number;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["WebhookDelivery"][];
                        error: null;
                        totalCount: number;
                        count: number;
                        page: number;
                        totalPage: number;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : webhook-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "webhook-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    accountBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Balance"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    accountTransactions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /**
                     * @description Numéro de page (à partir de 1)
                     * @default 1
                     */
                    page?: number;
                    /**
                     * @description Nombre d’éléments par page
                     * @default 10
                     */
                    count?: number;
                    /**
                     * @description Seulement les mouvements de ce type (TOP_UP, CHARGE, REFUND, ADJUSTMENT)
                     * @enum {string}
                     */
                    type?: "TOP_UP" | "CHARGE" | "REFUND" | "ADJUSTMENT";
                    /** @description Seulement les débits de cette campagne */
                    campaignId?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Transaction"][];
                        error: null;
                        totalCount: number;
                        count: number;
                        page: number;
                        totalPage: number;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    accountPrices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Price"][];
                        error: null;
                        totalCount: number;
                        count: number;
                        page: number;
                        totalPage: number;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    accountSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /** @description Seuil d’alerte du solde disponible (null : aucun) */
                    lowBalanceThreshold?: number | string | null;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Balance"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    auditList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /**
                     * @description Numéro de page (à partir de 1)
                     * @default 1
                     */
                    page?: number;
                    /**
                     * @description Nombre d’éléments par page
                     * @default 10
                     */
                    count?: number;
                    /** @description Seulement cette action (campaign.cancel, key.create…) */
                    action?: string;
                    /** @description Seulement ce que cet auteur a fait (l’identifiant d’une clé, d’une personne) */
                    actorId?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["AuditEntry"][];
                        error: null;
                        totalCount: number;
                        count: number;
                        page: number;
                        totalPage: number;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    keyCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /** @description Nom de la clé (l’intégration ou la personne à qui elle sert) */
                    name: string;
                    /**
                     * @description Ce que la clé peut faire
                     * @enum {string}
                     */
                    role: "viewer" | "editor" | "admin" | "owner";
                };
            };
        };
        responses: {
            /** @description Créé */
            201: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["CreatedApiKey"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    keyList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /**
                     * @description Numéro de page (à partir de 1)
                     * @default 1
                     */
                    page?: number;
                    /**
                     * @description Nombre d’éléments par page
                     * @default 10
                     */
                    count?: number;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["ApiKey"][];
                        error: null;
                        totalCount: number;
                        count: number;
                        page: number;
                        totalPage: number;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    keyRevoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["ApiKey"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : key-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "key-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Me"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    memberInvite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /** @description Son adresse e-mail */
                    email: string;
                    /**
                     * @description Son rôle dans le compte
                     * @enum {string}
                     */
                    role: "viewer" | "editor" | "admin" | "owner";
                };
            };
        };
        responses: {
            /** @description Créé */
            201: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["TeamMember"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress, member-exists */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress" | "member-exists";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    memberList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /**
                     * @description Numéro de page (à partir de 1)
                     * @default 1
                     */
                    page?: number;
                    /**
                     * @description Nombre d’éléments par page
                     * @default 10
                     */
                    count?: number;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["TeamMember"][];
                        error: null;
                        totalCount: number;
                        count: number;
                        page: number;
                        totalPage: number;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    memberUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                    /**
                     * @description Son nouveau rôle
                     * @enum {string}
                     */
                    role: "viewer" | "editor" | "admin" | "owner";
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["TeamMember"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : member-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "member-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress, last-owner */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress" | "last-owner";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    memberRemove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Clé API (ou en-tête x-api-key, ou Authorization: Bearer) */
                    apiKey?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["TeamMember"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, account-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "account-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-api-key, invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-api-key" | "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, account-suspended */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "account-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : member-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "member-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress, last-owner */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress" | "last-owner";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Trop de requêtes pour cette clé dans la seconde : rate-limited */
            429: {
                headers: {
                    /** @description Requêtes permises à cette clé par seconde */
                    "x-ratelimit-limit"?: number;
                    /** @description Requêtes qui restent à cette clé dans la seconde en cours */
                    "x-ratelimit-remaining"?: number;
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    /** @description Secondes */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "rate-limited";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    operatorAccountList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Début du nom (sans accents ni casse), ou identifiant exact */
                    search?: string;
                    /**
                     * @description Numéro de page (à partir de 1)
                     * @default 1
                     */
                    page?: number;
                    /**
                     * @description Nombre d’éléments par page
                     * @default 10
                     */
                    count?: number;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["OperatorAccountRow"][];
                        error: null;
                        totalCount: number;
                        count: number;
                        page: number;
                        totalPage: number;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, totp-required */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "totp-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    operatorAccountCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Nom du client */
                    name: string;
                    /**
                     * @description Offre : expéditeurs permis, requêtes par seconde par clé
                     * @default {
                     *       "senderLimit": 10
                     *     }
                     */
                    plan?: {
                        /** @default 10 */
                        senderLimit?: number;
                        requestsPerSecond?: number;
                    };
                    /** @description Solde d’ouverture */
                    openingBalance?: number | string;
                    /** @description E-mail du premier propriétaire */
                    ownerEmail: string;
                };
            };
        };
        responses: {
            /** @description Créé */
            201: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["OpenedAccount"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, totp-required */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "totp-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress, member-exists */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress" | "member-exists";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    operatorAccountGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["OperatorAccountFile"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, totp-required */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "totp-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : account-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "account-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    operatorAccountLedger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description Numéro de page (à partir de 1)
                     * @default 1
                     */
                    page?: number;
                    /**
                     * @description Nombre d’éléments par page
                     * @default 10
                     */
                    count?: number;
                    /**
                     * @description Seulement les mouvements de ce type
                     * @enum {string}
                     */
                    type?: "TOP_UP" | "CHARGE" | "REFUND" | "ADJUSTMENT";
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Transaction"][];
                        error: null;
                        totalCount: number;
                        count: number;
                        page: number;
                        totalPage: number;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, totp-required */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "totp-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : account-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "account-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    operatorAccountTopUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Montant (plus de 0) */
                    amount: number | string;
                    /** @description Note (virement, référence…) */
                    note: string;
                };
            };
        };
        responses: {
            /** @description Créé */
            201: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Transaction"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, totp-required */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "totp-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : account-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "account-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    operatorAccountAdjust: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Montant signé (-250 retire 250) */
                    amount: number | string;
                    /** @description Pourquoi */
                    note: string;
                };
            };
        };
        responses: {
            /** @description Créé */
            201: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Transaction"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, totp-required */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "totp-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : account-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "account-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    operatorAccountLimits: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Crédit autorisé sous zéro */
                    creditLimit?: number | string;
                    /** @description Dépenses permises par mois civil (UTC) ; null : aucune */
                    monthlySpendLimit?: number | string | null;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Balance"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, totp-required */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "totp-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : account-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "account-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    operatorAccountSuspend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Motif, lu par le client */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["OperatorAccount"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, totp-required */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "totp-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : account-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "account-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress, changed-meanwhile */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress" | "changed-meanwhile";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    operatorAccountResume: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Note */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["OperatorAccount"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, totp-required */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "totp-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : account-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "account-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress, account-not-suspended */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress" | "account-not-suspended";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    operatorSenderList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description Statut (PENDING par défaut)
                     * @default PENDING
                     * @enum {string}
                     */
                    status?: "PENDING" | "SUBMITTED" | "ACCEPTED" | "REFUSED";
                    /**
                     * @description Numéro de page (à partir de 1)
                     * @default 1
                     */
                    page?: number;
                    /**
                     * @description Nombre d’éléments par page
                     * @default 10
                     */
                    count?: number;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["QueuedSender"][];
                        error: null;
                        totalCount: number;
                        count: number;
                        page: number;
                        totalPage: number;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, totp-required */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "totp-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    operatorSenderStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Identifiant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description SUBMITTED, ACCEPTED ou REFUSED
                     * @enum {string}
                     */
                    status: "SUBMITTED" | "ACCEPTED" | "REFUSED";
                    /** @description Motif du refus */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["QueuedSender"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error, reason-required */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error" | "reason-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, totp-required */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "totp-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : sender-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "sender-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress, status-change-not-allowed, changed-meanwhile */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress" | "status-change-not-allowed" | "changed-meanwhile";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    operatorPriceList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Les prix qui s’appliquent à ce compte */
                    accountId?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["OperatorPrice"][];
                        error: null;
                        totalCount: number;
                        count: number;
                        page: number;
                        totalPage: number;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, totp-required */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "totp-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : account-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "account-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    operatorPriceSet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Pays (ISO 3166) */
                    country: string;
                    /** @description Prix par segment */
                    price: number | string;
                    /** @description Prix propre à ce compte */
                    accountId?: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["PriceSet"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, totp-required */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "totp-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : account-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "account-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    operatorProviderCost: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Pays (ISO 3166) */
                    country: string;
                    /** @description Coût par segment ; null l’oublie */
                    cost: number | string | null;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["ProviderCost"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, totp-required */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "totp-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    operatorOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["PlatformOverview"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, totp-required */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "totp-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    operatorQueueList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["DeadLetterQueue"][];
                        error: null;
                        totalCount: number;
                        count: number;
                        page: number;
                        totalPage: number;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, totp-required */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "totp-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
    operatorQueueRedrive: {
        parameters: {
            query?: never;
            header?: {
                /** @description Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Nom de la file (send, dispatch, reports, replies, webhooks) */
                    queue: string;
                };
            };
        };
        responses: {
            /** @description Succès */
            200: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Redrive"];
                        error: null;
                    };
                };
            };
            /** @description Requête invalide : invalid-json, validation-error */
            400: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-json" | "validation-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré : invalid-token */
            401: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "invalid-token";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Rôle insuffisant, compte non autorisé, ou limite du compte atteinte : forbidden, totp-required */
            403: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "forbidden" | "totp-required";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Introuvable dans ce compte : queue-not-found */
            404: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "queue-not-found";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Conflit : idempotency-key-reused, request-in-progress, queue-not-redrivable */
            409: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "idempotency-key-reused" | "request-in-progress" | "queue-not-redrivable";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Corps de requête trop grand (plus de 2 Mio) : payload-too-large */
            413: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "payload-too-large";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
            /** @description Erreur inattendue : citez requestId : internal-error */
            500: {
                headers: {
                    /** @description Identifiant de la requête (à citer au support) */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: null;
                        /** @enum {string} */
                        error: "internal-error";
                        message: string;
                        details?: {
                            path: string;
                            message: string;
                        }[] | {
                            cost: {
                                amount: number;
                                currency: string;
                            };
                            available?: {
                                amount: number;
                                currency: string;
                            };
                            maxCost?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            needed: "viewer" | "editor" | "admin" | "owner";
                            /** @enum {unknown} */
                            held: "viewer" | "editor" | "admin" | "owner";
                        };
                        requestId: string;
                    };
                };
            };
        };
    };
}
