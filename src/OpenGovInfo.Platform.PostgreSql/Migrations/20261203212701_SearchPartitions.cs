using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGovInfo.Platform.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SearchPartitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // item_search becomes partitioned by ranges of 16,384 item ids (ADR 0027). A GIN index cannot hand out its
            // matches newest first, so "the newest 1,001 matches" of a word in one item in ten read every match's row
            // (8,759 rows, ~20 ms on 100,000 items). PostgreSqlSearchCandidates now searches windows of partitions,
            // newest first, and each window costs what it holds. All 64 partitions up to id 1,048,576 are created
            // here, and item_search_rest holds every id above: creating partitions while publishing would take a
            // table lock in the middle of a publication's transaction (two nodes releasing items deadlocked on it).
            // Empty partitions above the newest id are never searched (the windows end at the highest id).
            migrationBuilder.Sql("""
                ALTER TABLE item_search RENAME TO item_search_single;
                ALTER TABLE item_search_single RENAME CONSTRAINT item_search_pkey TO item_search_single_pkey;
                ALTER INDEX "IX_item_search_vector" RENAME TO "IX_item_search_single_vector";
                CREATE TABLE item_search (
                    id integer NOT NULL REFERENCES items ("Id") ON DELETE CASCADE,
                    search_vector tsvector NOT NULL) PARTITION BY RANGE (id);
                DO $$
                BEGIN
                    FOR k IN 0..63 LOOP
                        EXECUTE format('CREATE TABLE item_search_p%s PARTITION OF item_search FOR VALUES FROM (%s) TO (%s)',
                            k, k << 14, (k + 1) << 14);
                    END LOOP;
                END $$;
                CREATE TABLE item_search_rest PARTITION OF item_search FOR VALUES FROM (1048576) TO (MAXVALUE);
                INSERT INTO item_search (id, search_vector) SELECT id, search_vector FROM item_search_single;
                DROP TABLE item_search_single;
                -- Indexed after the bulk fill, one build per partition; statistics at once for the first searches.
                -- The ids are unique by an index, not a primary key: pg_restore --clean (ogi restore --force) drops each
                -- partition's inherited key constraint before the tables, and PostgreSQL refuses that.
                CREATE UNIQUE INDEX "IX_item_search_id" ON item_search (id);
                CREATE INDEX "IX_item_search_vector" ON item_search USING GIN (search_vector);
                ANALYZE item_search;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE item_search_single (
                    id integer PRIMARY KEY REFERENCES items ("Id") ON DELETE CASCADE,
                    search_vector tsvector NOT NULL);
                INSERT INTO item_search_single (id, search_vector) SELECT id, search_vector FROM item_search;
                DROP TABLE item_search;
                ALTER TABLE item_search_single RENAME TO item_search;
                ALTER TABLE item_search RENAME CONSTRAINT item_search_single_pkey TO item_search_pkey;
                ALTER TABLE item_search RENAME CONSTRAINT item_search_single_id_fkey TO item_search_id_fkey;
                CREATE INDEX "IX_item_search_vector" ON item_search USING GIN (search_vector);
                """);
        }
    }
}
