using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGovInfo.Platform.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SealedPersonalData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
