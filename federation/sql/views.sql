-- Views for dashboards (docs/federation.md). They read the `current_<kind>` views: each record
-- once, at its newest state across offices, without what any office knows is deleted since.

-- Each session with the country of each of its movements ('' when none is recorded).
CREATE VIEW session_country AS
    SELECT s.id AS session_id, m.id AS movement_id, m.name AS movement, coalesce(m.country, '') AS country
    FROM current_session s
    LEFT JOIN LATERAL unnest(s.movement_ids) AS linked (id) ON true
    LEFT JOIN current_movement m ON m.id = linked.id;

-- Listening sessions per month and country.
CREATE VIEW sessions_per_month AS
    SELECT date_trunc('month', s.starts_at)::date AS month, c.country, count(DISTINCT s.id) AS sessions
    FROM current_session s JOIN session_country c ON c.session_id = s.id
    WHERE s.starts_at IS NOT NULL
    GROUP BY 1, 2;

-- Priorities the movements raised, by theme and country, with their dot votes.
CREATE VIEW priorities_by_theme AS
    SELECT coalesce(p.theme, '') AS theme, c.country, count(DISTINCT p.id) AS priorities,
           coalesce(sum(p.votes), 0) AS votes
    FROM current_priority p
    JOIN current_session s ON s.id = p.session_id
    JOIN session_country c ON c.session_id = s.id
    GROUP BY 1, 2;

-- Agreed support by the organisation's role, its status and the country.
CREATE VIEW support_by_role AS
    SELECT t.role, t.status, c.country, count(DISTINCT t.id) AS support
    FROM current_support t
    JOIN current_session s ON s.id = t.session_id
    JOIN session_country c ON c.session_id = s.id
    GROUP BY 1, 2, 3;

-- Support past its due date and neither done nor dropped, the most overdue first.
CREATE VIEW overdue_support AS
    SELECT t.id, t.what, t.role, t.category, t.owner, t.status, t.due_date,
           current_date - t.due_date AS days_overdue,
           s.id AS session_id, s.title AS session, c.movement, c.country, t.office_id
    FROM current_support t
    JOIN current_session s ON s.id = t.session_id
    JOIN session_country c ON c.session_id = s.id
    WHERE t.due_date < current_date AND t.status NOT IN ('done', 'dropped')
    ORDER BY days_overdue DESC, t.id;

-- Movements whose role has not been re-assessed with them for six months: the clock starts at
-- the last check-in, or else at the day the role began (as the app's check-ins screen).
CREATE VIEW check_ins_due AS
    WITH latest_role AS (
        SELECT DISTINCT ON (movement_id) movement_id, roles
        FROM current_role_change
        ORDER BY movement_id, (date IS NOT NULL) DESC, date DESC, id DESC
    ), began AS (
        SELECT movement_id, min(date) AS began FROM current_role_change GROUP BY movement_id
    ), last_check AS (
        SELECT movement_id, max(date) AS last_check_in FROM current_check_in GROUP BY movement_id
    ), due AS (
        SELECT m.id AS movement_id, m.name, m.country, r.roles, l.last_check_in,
               (coalesce(l.last_check_in, b.began) + interval '6 months')::date AS due_since
        FROM current_movement m
        JOIN latest_role r ON r.movement_id = m.id
        LEFT JOIN began b ON b.movement_id = m.id
        LEFT JOIN last_check l ON l.movement_id = m.id
        WHERE cardinality(r.roles) > 0
    )
    SELECT *, current_date - due_since AS days_overdue FROM due
    WHERE due_since <= current_date
    ORDER BY days_overdue DESC, name;
