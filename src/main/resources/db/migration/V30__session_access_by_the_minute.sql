-- A session's last access is written at most once a minute. Spring Session updates the session's row at the
-- end of every request that used it, if only to move its last access on, and each such update wrote a new row
-- version with its index entries and waited for the write-ahead log to reach the disk: a voter's four
-- requests made two of them that said nothing an eight-hour idle timeout needs. An update that changes
-- anything else (a new session id after a sign-in or a letter code, the signed-in person, the timeout) is
-- written as it comes. A session may so expire up to a minute before its idle timeout.
create function spring_session_access_by_the_minute() returns trigger language plpgsql as $$
begin
	if new.session_id = old.session_id
			and new.max_inactive_interval = old.max_inactive_interval
			and new.principal_name is not distinct from old.principal_name
			and new.last_access_time >= old.last_access_time
			and new.last_access_time - old.last_access_time < 60000
			and new.expiry_time - old.expiry_time = new.last_access_time - old.last_access_time then
		return null;
	end if;
	return new;
end;
$$;

create trigger spring_session_access_by_the_minute before update on spring_session
	for each row execute function spring_session_access_by_the_minute();
