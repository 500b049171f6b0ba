using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGovInfo.Platform.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchFacets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Public items indexed before this version get the facet tokens that SearchDocument now appends (year of
            // the 索引号, agency, category), so that filtered searches find them; the full-text index follows the column.
            migrationBuilder.Sql("""
                UPDATE items SET "SearchText" = "SearchText"
                    || COALESCE(' ogiy' || "IndexYear", '') || ' ogia' || "AgencyId" || ' ogic' || lower(replace("CategoryCode", '_', ''))
                WHERE "SearchText" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: earlier versions search the text without looking at the trailing facet tokens.
        }
    }
}
