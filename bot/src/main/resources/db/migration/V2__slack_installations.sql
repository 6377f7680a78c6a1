-- Slack installations when many workspaces install the app (Slack's OAuth v2), as Bolt's InstallationService
-- keeps them, and the one-time state values of installs in progress (Bolt's OAuthStateService).
--
-- Runs on PostgreSQL 15+ and on H2 2.x in MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE: plain types only, times as
-- epoch milliseconds. An absent enterprise or team id is stored as '' rather than NULL, so that the primary
-- keys hold for installs outside an Enterprise Grid organization (NULLs never collide in a unique key).
-- Tokens are secrets: TEXT, so a long token is never quoted back in a "value too long" error.

-- One bot per workspace, or per organization for an organization-wide install (team_id '').
CREATE TABLE slack_bots (
    client_id             VARCHAR(64)  NOT NULL,
    enterprise_id         VARCHAR(64)  NOT NULL,
    team_id               VARCHAR(64)  NOT NULL,
    app_id                VARCHAR(64),
    enterprise_name       TEXT,
    enterprise_url        TEXT,
    team_name             TEXT,
    is_enterprise_install BOOLEAN      NOT NULL,
    token_type            VARCHAR(32),
    scope                 TEXT,
    bot_id                VARCHAR(64),
    bot_user_id           VARCHAR(64),
    bot_scope             TEXT,
    bot_access_token      TEXT         NOT NULL,
    bot_refresh_token     TEXT,
    bot_token_expires_at  BIGINT,
    installed_at          BIGINT       NOT NULL,
    PRIMARY KEY (client_id, enterprise_id, team_id)
);

-- Who installed the app in a workspace, with their own token when the app asks for user scopes. The bot's
-- part of an installation is read from slack_bots, so a bot token is kept in one place only.
CREATE TABLE slack_installers (
    client_id                           VARCHAR(64) NOT NULL,
    enterprise_id                       VARCHAR(64) NOT NULL,
    team_id                             VARCHAR(64) NOT NULL,
    user_id                             VARCHAR(64) NOT NULL,
    app_id                              VARCHAR(64),
    enterprise_name                     TEXT,
    enterprise_url                      TEXT,
    team_name                           TEXT,
    is_enterprise_install               BOOLEAN     NOT NULL,
    token_type                          VARCHAR(32),
    user_scope                          TEXT,
    user_access_token                   TEXT,
    user_refresh_token                  TEXT,
    user_token_expires_at               BIGINT,
    incoming_webhook_url                TEXT,
    incoming_webhook_channel_id         VARCHAR(64),
    incoming_webhook_configuration_url  TEXT,
    installed_at                        BIGINT      NOT NULL,
    PRIMARY KEY (client_id, enterprise_id, team_id, user_id)
);

-- State values handed to installers' browsers by /slack/install; each is good once, until expires_at.
CREATE TABLE slack_oauth_states (
    state       VARCHAR(128) NOT NULL PRIMARY KEY,
    expires_at  BIGINT       NOT NULL
);

CREATE INDEX slack_oauth_states_expires_at ON slack_oauth_states (expires_at);
