using System.ComponentModel.DataAnnotations;

namespace MotCua.Common.Data;

internal enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}

/// <summary>Binds the <c>Database</c> configuration section: which provider and where.</summary>
internal sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/motcua.db";

    /// <summary>A single-office installation knowingly runs Production on the embedded SQLite file (ADR-025).</summary>
    public bool AllowEmbeddedDatabase { get; set; }
}
