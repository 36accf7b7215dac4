using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Studio.Domain.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Use12HourClockColumn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "use12hour_clock",
                table: "person",
                newName: "use_12_hour_clock");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "use_12_hour_clock",
                table: "person",
                newName: "use12hour_clock");
        }
    }
}
