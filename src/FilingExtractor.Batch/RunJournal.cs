using System.Globalization;
using System.Text.Json;
using FilingExtractor.Model;
using Microsoft.Data.Sqlite;

namespace FilingExtractor.Batch;

/// <summary>What the journal knows about one input after it was processed.</summary>
/// <param name="Path">The input as named on the command line (or found in a folder): the journal's key.</param>
/// <param name="Sha256">Content hash when it was processed; a different hash now means the input changed.</param>
/// <param name="Status">How reading ended (<see cref="ReadStatus"/> name, or <see cref="JournalEntry.Duplicate"/>).</param>
/// <param name="FilingId">The filing written to json/, if any.</param>
/// <param name="ProspectusIds">Prospectus documents written to prospectus/.</param>
/// <param name="Pages">Pages read (scans), 0 for text inputs.</param>
/// <param name="Problems">What went wrong, as written to errors.csv.</param>
/// <param name="Seconds">Wall-clock seconds the input took.</param>
public sealed record JournalEntry(
    string Path, string Sha256, string Status, string? FilingId, IReadOnlyList<string> ProspectusIds, int Pages,
    IReadOnlyList<ReadProblem> Problems, double Seconds)
{
    /// <summary>Status of an input whose content equals an earlier input's: not read twice.</summary>
    public const string Duplicate = "Duplicate";

    /// <summary>Whether an input with this status yielded nothing.</summary>
    public static bool IsFailure(string status) =>
        status is nameof(ReadStatus.Failure) or nameof(ReadStatus.NotSupported) or OutcomeStatus.Crashed or OutcomeStatus.TimedOut;
}

/// <summary>
/// The run journal: DIR/journal.db, an SQLite database with one row per input, keyed by path and carrying
/// the content hash. A row is written (in its own transaction, synchronous=FULL) only after the input's
/// outputs were renamed into place, so after a crash or kill -9 every row describes outputs that exist;
/// an input without a row is simply read again, which rewrites the same bytes. Only the supervising process
/// writes the journal; workers never open it.
/// </summary>
public sealed class RunJournal : IDisposable
{
    public const string FileName = "journal.db";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SqliteConnection connection;
    private readonly Lock gate = new();

    public RunJournal(string path)
    {
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute("PRAGMA journal_mode=WAL;");
        Execute("PRAGMA synchronous=FULL;");
        Execute("""
            CREATE TABLE IF NOT EXISTS inputs (
                path TEXT PRIMARY KEY NOT NULL,
                sha256 TEXT NOT NULL,
                status TEXT NOT NULL,
                filing_id TEXT,
                prospectus_ids TEXT NOT NULL,
                pages INTEGER NOT NULL,
                problems TEXT NOT NULL,
                seconds REAL NOT NULL,
                finished_utc TEXT NOT NULL
            );
            """);
    }

    public static RunJournal Open(string outputRoot) => new(System.IO.Path.Combine(outputRoot, FileName));

    public JournalEntry? Find(string path)
    {
        lock (gate)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT path, sha256, status, filing_id, prospectus_ids, pages, problems, seconds FROM inputs WHERE path = $p";
            cmd.Parameters.AddWithValue("$p", path);
            using var r = cmd.ExecuteReader();
            return r.Read() ? Row(r) : null;
        }
    }

    /// <summary>Every entry, in path order.</summary>
    public IReadOnlyList<JournalEntry> All()
    {
        lock (gate)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT path, sha256, status, filing_id, prospectus_ids, pages, problems, seconds FROM inputs ORDER BY path";
            using var r = cmd.ExecuteReader();
            var rows = new List<JournalEntry>();
            while (r.Read())
            {
                rows.Add(Row(r));
            }

            // SQLite's default collation is binary on UTF-8, which orders like ordinal comparison.
            return rows;
        }
    }

    /// <summary>Inserts or replaces the entry for its path, durably.</summary>
    public void Record(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (gate)
        {
            using var tx = connection.BeginTransaction();
            using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT OR REPLACE INTO inputs (path, sha256, status, filing_id, prospectus_ids, pages, problems, seconds, finished_utc)
                VALUES ($path, $sha, $status, $filing, $prospectuses, $pages, $problems, $seconds, $finished)
                """;
            cmd.Parameters.AddWithValue("$path", entry.Path);
            cmd.Parameters.AddWithValue("$sha", entry.Sha256);
            cmd.Parameters.AddWithValue("$status", entry.Status);
            cmd.Parameters.AddWithValue("$filing", (object?)entry.FilingId ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$prospectuses", JsonSerializer.Serialize(entry.ProspectusIds, Json));
            cmd.Parameters.AddWithValue("$pages", entry.Pages);
            cmd.Parameters.AddWithValue("$problems", JsonSerializer.Serialize(entry.Problems, Json));
            cmd.Parameters.AddWithValue("$seconds", entry.Seconds);
            cmd.Parameters.AddWithValue("$finished", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            cmd.ExecuteNonQuery();
            tx.Commit();
        }
    }

    public void Dispose()
    {
        connection.Dispose();
        // Without this the pooled native handle can keep journal.db-wal open after the run.
        SqliteConnection.ClearAllPools();
    }

    private static JournalEntry Row(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
        JsonSerializer.Deserialize<List<string>>(r.GetString(4), Json) ?? [], r.GetInt32(5),
        JsonSerializer.Deserialize<List<ReadProblem>>(r.GetString(6), Json) ?? [], r.GetDouble(7));

    private void Execute(string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
