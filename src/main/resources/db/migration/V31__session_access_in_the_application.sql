-- A session's last access is now moved at most once a minute by the application itself
-- (shared.session.SessionsAccessedByTheMinute), which so sends no update at all where V30's trigger had the
-- database skip one it had already received.
drop trigger spring_session_access_by_the_minute on spring_session;
drop function spring_session_access_by_the_minute();
