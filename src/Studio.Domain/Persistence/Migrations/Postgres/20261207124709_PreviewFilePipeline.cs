using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Studio.Domain.Persistence.Migrations.Postgres
{
    /// <summary>The pipeline's own table, and what it kept in preview data moved into it (see <see cref="PreviewPipelineMove"/>).</summary>
    public partial class PreviewFilePipeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "preview_file_pipeline",
                columns: table => new
                {
                    preview_file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_extension = table.Column<string>(type: "text", nullable: true),
                    low_definition_ready = table.Column<bool>(type: "boolean", nullable: false),
                    original_width = table.Column<int>(type: "integer", nullable: true),
                    original_height = table.Column<int>(type: "integer", nullable: true),
                    original_duration = table.Column<double>(type: "double precision", nullable: true),
                    original_file_size = table.Column<long>(type: "bigint", nullable: true),
                    fps = table.Column<string>(type: "text", nullable: true),
                    low_definition_width = table.Column<int>(type: "integer", nullable: true),
                    low_definition_height = table.Column<int>(type: "integer", nullable: true),
                    broken_reason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_preview_file_pipeline", x => x.preview_file_id);
                    table.ForeignKey(
                        name: "fk_preview_file_pipeline_preview_file_preview_file_id",
                        column: x => x.preview_file_id,
                        principalTable: "preview_file",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql(PreviewPipelineMove.PostgresUp);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PreviewPipelineMove.PostgresDown);

            migrationBuilder.DropTable(
                name: "preview_file_pipeline");
        }
    }
}
