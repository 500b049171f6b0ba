using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGovInfo.Platform.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_applications_AgencyId_ReceivedOn",
                table: "applications");

            migrationBuilder.CreateIndex(
                name: "IX_applications_AgencyId_ReceivedOn_ReportFacts",
                table: "applications",
                columns: new[] { "AgencyId", "ReceivedOn", "ClosedOn", "ApplicantKind", "OutcomeCode" });

            migrationBuilder.CreateIndex(
                name: "IX_application_events_Kind_On_ApplicationId_Sequence",
                table: "application_events",
                columns: new[] { "Kind", "On", "ApplicationId", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_applications_AgencyId_ReceivedOn_ReportFacts",
                table: "applications");

            migrationBuilder.DropIndex(
                name: "IX_application_events_Kind_On_ApplicationId_Sequence",
                table: "application_events");

            migrationBuilder.CreateIndex(
                name: "IX_applications_AgencyId_ReceivedOn",
                table: "applications",
                columns: new[] { "AgencyId", "ReceivedOn" });
        }
    }
}
