using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGovInfo.Platform.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SealedPersonalData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                table: "applications",
                type: "character varying(202)",
                maxLength: 202,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(30)",
                oldMaxLength: 30);

            migrationBuilder.AlterColumn<string>(
                name: "LegalRepresentative",
                table: "applications",
                type: "character varying(482)",
                maxLength: 482,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "IdNumber",
                table: "applications",
                type: "character varying(202)",
                maxLength: 202,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(30)",
                oldMaxLength: 30,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Email",
                table: "applications",
                type: "character varying(1098)",
                maxLength: 1098,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(254)",
                oldMaxLength: 254,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ContactName",
                table: "applications",
                type: "character varying(482)",
                maxLength: 482,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Address",
                table: "applications",
                type: "character varying(882)",
                maxLength: 882,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                table: "applications",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(202)",
                oldMaxLength: 202);

            migrationBuilder.AlterColumn<string>(
                name: "LegalRepresentative",
                table: "applications",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(482)",
                oldMaxLength: 482,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "IdNumber",
                table: "applications",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(202)",
                oldMaxLength: 202,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Email",
                table: "applications",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(1098)",
                oldMaxLength: 1098,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ContactName",
                table: "applications",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(482)",
                oldMaxLength: 482,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Address",
                table: "applications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(882)",
                oldMaxLength: 882,
                oldNullable: true);
        }
    }
}
