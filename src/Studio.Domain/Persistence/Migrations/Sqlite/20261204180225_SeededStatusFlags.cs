using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Studio.Domain.Persistence.Migrations.Sqlite
{
    /// <summary>Seeded task statuses: clients restricted to Retake, Approved and Rejected; one default status (see <see cref="SeededStatusFixes"/>).</summary>
    public partial class SeededStatusFlags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SeededStatusFixes.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The flags an administrator set since cannot be told from the old seed's: nothing is undone.
        }
    }
}
