-- Accounts: people who sign in, the organisations they work for, what they may do, and the audit log.

create table acc_organisation (
	id uuid primary key,
	name text not null check (length(name) between 2 and 200),
	type varchar(32) not null,
	created_at timestamptz not null default now()
);

-- The gemeenten an organisation works in; coordinators' scopes are checked against these.
create table acc_organisation_area (
	organisation_id uuid not null references acc_organisation (id) on delete cascade,
	area_code varchar(16) not null,
	primary key (organisation_id, area_code)
);
create index acc_organisation_area_by_area on acc_organisation_area (area_code);

-- A person. After erasure only the id and erased_at remain, so that references stay valid but say nothing.
create table acc_user (
	id uuid primary key,
	email text,
	display_name text,
	password_hash text,
	language varchar(2) not null default 'nl',
	created_at timestamptz not null default now(),
	email_verified_at timestamptz,
	last_sign_in_at timestamptz,
	erased_at timestamptz,
	check ((erased_at is null) = (email is not null))
);
create unique index acc_user_by_email on acc_user (lower(email));

-- Sign-in through OpenID Connect: the provider's subject is stored hashed, because some brokers put a BSN there.
create table acc_oidc_identity (
	issuer text not null,
	subject_hash text not null,
	user_id uuid not null references acc_user (id) on delete cascade,
	linked_at timestamptz not null default now(),
	primary key (issuer, subject_hash)
);
create index acc_oidc_identity_by_user on acc_oidc_identity (user_id);

create table acc_membership (
	user_id uuid not null references acc_user (id) on delete cascade,
	organisation_id uuid not null references acc_organisation (id) on delete cascade,
	since timestamptz not null default now(),
	primary key (user_id, organisation_id)
);

-- A role held by a user, for an organisation and/or an area where the role needs one.
create table acc_grant (
	id uuid primary key,
	user_id uuid not null references acc_user (id) on delete cascade,
	role varchar(16) not null check (role in ('professional', 'coordinator', 'moderator', 'administrator')),
	organisation_id uuid references acc_organisation (id) on delete cascade,
	area_code varchar(16),
	granted_by uuid references acc_user (id),
	granted_at timestamptz not null default now()
);
create unique index acc_grant_once on acc_grant (user_id, role, coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'), coalesce(area_code, ''));

create table acc_invitation (
	id uuid primary key,
	email text not null,
	-- null only for an administrator, who holds the role for the whole deployment
	organisation_id uuid references acc_organisation (id) on delete cascade,
	role varchar(16) not null check (role in ('professional', 'coordinator', 'moderator', 'administrator')),
	area_code varchar(16),
	token_hash text not null unique,
	invited_by uuid references acc_user (id),
	created_at timestamptz not null default now(),
	expires_at timestamptz not null,
	accepted_at timestamptz,
	accepted_user_id uuid references acc_user (id)
);

-- One-time tokens for sign-in links (Spring Security); the username is the user's id.
create table one_time_tokens (
	token_value varchar(36) not null primary key,
	username varchar(50) not null,
	expires_at timestamp not null
);

-- Append-only: rows change only in the transactions of retention and erasure, which set
-- speelveld.audit_maintenance locally.
create table acc_audit (
	id bigserial primary key,
	at timestamptz not null default now(),
	actor_id uuid references acc_user (id),
	action varchar(48) not null,
	subject_type varchar(32),
	subject_id text,
	details jsonb not null default '{}',
	-- the first three bytes of an IPv4 address, or 48 bits of an IPv6 one: enough to see where, not who
	ip_prefix text
);
create index acc_audit_by_time on acc_audit (at desc);
create index acc_audit_by_actor on acc_audit (actor_id);

create function acc_audit_append_only() returns trigger language plpgsql as $$
begin
	if coalesce(current_setting('speelveld.audit_maintenance', true), '') <> 'on' then
		raise exception 'the audit log is append-only';
	end if;
	return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger acc_audit_append_only before update or delete on acc_audit
	for each row execute function acc_audit_append_only();
