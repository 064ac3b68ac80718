using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Supple.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "day_summaries",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    sessions = table.Column<int>(type: "integer", nullable: false),
                    practised_sessions = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_day_summaries", x => new { x.user_id, x.day });
                });

            migrationBuilder.CreateTable(
                name: "pain_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    uid = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    score = table.Column<int>(type: "integer", nullable: false),
                    area = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pain_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    uid = table.Column<Guid>(type: "uuid", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    time_zone_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    programme_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    pain_before = table.Column<int>(type: "integer", nullable: true),
                    pain_after = table.Column<int>(type: "integer", nullable: true),
                    hurt_stretch_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    hurt_side = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    hurt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    counted_as_practice = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sessions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stretch_summaries",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    stretch_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    times_done = table.Column<int>(type: "integer", nullable: false),
                    times_skipped = table.Column<int>(type: "integer", nullable: false),
                    times_hurt = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stretch_summaries", x => new { x.user_id, x.stretch_id });
                });

            migrationBuilder.CreateTable(
                name: "user_settings",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    time_zone_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    disclaimer_accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    default_level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    voice_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    sound_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_settings", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "user_stats",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sessions_started = table.Column<int>(type: "integer", nullable: false),
                    sessions_completed = table.Column<int>(type: "integer", nullable: false),
                    sessions_stopped_for_pain = table.Column<int>(type: "integer", nullable: false),
                    pain_pairs = table.Column<int>(type: "integer", nullable: false),
                    pain_before_sum = table.Column<long>(type: "bigint", nullable: false),
                    pain_after_sum = table.Column<long>(type: "bigint", nullable: false),
                    run_start = table.Column<DateOnly>(type: "date", nullable: true),
                    run_end = table.Column<DateOnly>(type: "date", nullable: true),
                    longest_streak = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_stats", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "stretch_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    session_id = table.Column<long>(type: "bigint", nullable: false),
                    seq = table.Column<int>(type: "integer", nullable: false),
                    stretch_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    side = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    reps_done = table.Column<int>(type: "integer", nullable: false),
                    sets_done = table.Column<int>(type: "integer", nullable: false),
                    seconds_held = table.Column<int>(type: "integer", nullable: false),
                    skipped = table.Column<bool>(type: "boolean", nullable: false),
                    hurt = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stretch_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_stretch_records_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_pain_entries_user_id_at",
                table: "pain_entries",
                columns: new[] { "user_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_pain_entries_user_id_uid",
                table: "pain_entries",
                columns: new[] { "user_id", "uid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sessions_user_id_started_at",
                table: "sessions",
                columns: new[] { "user_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sessions_user_id_uid",
                table: "sessions",
                columns: new[] { "user_id", "uid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stretch_records_session_id_seq",
                table: "stretch_records",
                columns: new[] { "session_id", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stretch_records_user_id",
                table: "stretch_records",
                column: "user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "day_summaries");

            migrationBuilder.DropTable(
                name: "pain_entries");

            migrationBuilder.DropTable(
                name: "stretch_records");

            migrationBuilder.DropTable(
                name: "stretch_summaries");

            migrationBuilder.DropTable(
                name: "user_settings");

            migrationBuilder.DropTable(
                name: "user_stats");

            migrationBuilder.DropTable(
                name: "sessions");
        }
    }
}
