package org.qualitywatch.sampling.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.qualitywatch.platform.Platform;
import org.qualitywatch.sampling.domain.PlanDefinition;
import org.qualitywatch.sampling.domain.SamplingPlan;
import org.qualitywatch.sampling.domain.SamplingPlanRepository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JdbcSamplingPlanRepository implements SamplingPlanRepository {

    static final Jsonb JSON = JsonbBuilder.create();

    private static final String COLUMNS = "select id, name, active, definition::text as definition, seed, created_by, "
            + "created_at, updated_at, version from qw.sampling_plan";

    @Inject
    Platform platform;

    @Override
    public List<SamplingPlan> all() {
        return query(COLUMNS + " order by name");
    }

    @Override
    public Optional<SamplingPlan> find(long id) {
        return query(COLUMNS + " where id = ?", id).stream().findFirst();
    }

    @Override
    public boolean nameTaken(String name, Long exceptId) {
        return query(COLUMNS + " where name = ? and id <> ?", name, exceptId == null ? -1L : exceptId).size() > 0;
    }

    @Override
    public long add(String name, boolean active, PlanDefinition definition, String seed, String createdBy) {
        try (Connection c = platform.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("insert into qw.sampling_plan (name, active, definition, seed, "
                     + "created_by) values (?, ?, ?::jsonb, ?, ?) returning id")) {
            Jdbc.bind(s, name, active, JSON.toJson(definition), seed, createdBy);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw Jdbc.failed("saving the sampling plan", e);
        }
    }

    @Override
    public boolean update(long id, long expectedVersion, String name, boolean active, PlanDefinition definition,
                          String seed) {
        try (Connection c = platform.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("update qw.sampling_plan set name = ?, active = ?, "
                     + "definition = ?::jsonb, seed = ?, updated_at = now(), version = version + 1 "
                     + "where id = ? and version = ?")) {
            Jdbc.bind(s, name, active, JSON.toJson(definition), seed, id, expectedVersion);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Jdbc.failed("saving the sampling plan", e);
        }
    }

    private List<SamplingPlan> query(String sql, Object... params) {
        return Jdbc.list(platform.dataSource(), "reading sampling plans", sql, rs -> new SamplingPlan(rs.getLong("id"),
                rs.getString("name"), rs.getBoolean("active"),
                JSON.fromJson(rs.getString("definition"), PlanDefinition.class), rs.getString("seed"),
                rs.getString("created_by"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"),
                rs.getLong("version")), params);
    }
}
