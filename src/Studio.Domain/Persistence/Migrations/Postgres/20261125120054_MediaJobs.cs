using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Studio.Domain.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MediaJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "media_job",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    preview_file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    build_job_id = table.Column<Guid>(type: "uuid", nullable: true),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    lease_owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    lease_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    progress = table.Column<int>(type: "integer", nullable: false),
                    stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    error = table.Column<string>(type: "text", nullable: true),
                    data = table.Column<string>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_media_job", x => x.id);
                    table.ForeignKey(
                        name: "fk_media_job_build_job_build_job_id",
                        column: x => x.build_job_id,
                        principalTable: "build_job",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_media_job_preview_file_preview_file_id",
                        column: x => x.preview_file_id,
                        principalTable: "preview_file",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_media_job_build_job_id",
                table: "media_job",
                column: "build_job_id");

            migrationBuilder.CreateIndex(
                name: "ix_media_job_claim",
                table: "media_job",
                columns: new[] { "state", "lease_until", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_media_job_preview_file_id",
                table: "media_job",
                column: "preview_file_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "media_job");
        }
    }
}
