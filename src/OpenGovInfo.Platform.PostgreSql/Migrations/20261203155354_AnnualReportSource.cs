using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGovInfo.Platform.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AnnualReportSource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "annual_reports",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Compiled");

            migrationBuilder.AddColumn<string>(
                name: "SourceFileName",
                table: "annual_reports",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Source",
                table: "annual_reports");

            migrationBuilder.DropColumn(
                name: "SourceFileName",
                table: "annual_reports");
        }
    }
}
