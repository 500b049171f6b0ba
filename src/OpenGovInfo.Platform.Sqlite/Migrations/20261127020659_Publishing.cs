using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGovInfo.Platform.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Publishing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "index_counters",
                columns: table => new
                {
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_index_counters", x => new { x.AgencyId, x.Year });
                    table.ForeignKey(
                        name: "FK_index_counters_agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    BodyText = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    IssuingAgency = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FormedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Validity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Channels = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScheduledFor = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IndexNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    IndexYear = table.Column<int>(type: "INTEGER", nullable: true),
                    IndexSequence = table.Column<int>(type: "INTEGER", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_items_agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "item_attachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    StorageName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_item_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_item_attachments_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "item_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActorRoles = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ScheduledFor = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_item_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_item_events_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "item_attachment_contents",
                columns: table => new
                {
                    AttachmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_item_attachment_contents", x => x.AttachmentId);
                    table.ForeignKey(
                        name: "FK_item_attachment_contents_item_attachments_AttachmentId",
                        column: x => x.AttachmentId,
                        principalTable: "item_attachments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_item_attachments_ItemId",
                table: "item_attachments",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_item_attachments_StorageName",
                table: "item_attachments",
                column: "StorageName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_item_events_ItemId_Sequence",
                table: "item_events",
                columns: new[] { "ItemId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_items_AgencyId_IndexNumber",
                table: "items",
                columns: new[] { "AgencyId", "IndexNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_items_AgencyId_State_PublishedAt",
                table: "items",
                columns: new[] { "AgencyId", "State", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_items_State_PublishedAt",
                table: "items",
                columns: new[] { "State", "PublishedAt" });

            // Full-text index (FTS5) over the segmented SearchText of public items; rowid = item id. Triggers keep it
            // in step with the items table in the same transaction, whichever code path writes the item.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE item_fts USING fts5(search_text, tokenize = 'unicode61');
                CREATE TRIGGER items_fts_insert AFTER INSERT ON items WHEN new."SearchText" IS NOT NULL BEGIN
                    INSERT INTO item_fts(rowid, search_text) VALUES (new."Id", new."SearchText");
                END;
                CREATE TRIGGER items_fts_update AFTER UPDATE OF "SearchText" ON items BEGIN
                    DELETE FROM item_fts WHERE rowid = old."Id";
                    INSERT INTO item_fts(rowid, search_text) SELECT new."Id", new."SearchText" WHERE new."SearchText" IS NOT NULL;
                END;
                CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
                    DELETE FROM item_fts WHERE rowid = old."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS items_fts_insert;
                DROP TRIGGER IF EXISTS items_fts_update;
                DROP TRIGGER IF EXISTS items_fts_delete;
                DROP TABLE IF EXISTS item_fts;
                """);

            migrationBuilder.DropTable(
                name: "index_counters");

            migrationBuilder.DropTable(
                name: "item_attachment_contents");

            migrationBuilder.DropTable(
                name: "item_events");

            migrationBuilder.DropTable(
                name: "item_attachments");

            migrationBuilder.DropTable(
                name: "items");
        }
    }
}
