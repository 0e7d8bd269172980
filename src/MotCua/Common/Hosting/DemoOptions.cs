namespace MotCua.Common.Hosting;

/// <summary>The <c>Demo</c> section.</summary>
internal sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Fill an empty database with the fictional province and one demo account per role (published password).</summary>
    public bool Seed { get; set; }

    /// <summary>
    /// How many dossiers of a year of demo history to play through the product when seeding (ADR-056); 0, the default,
    /// seeds none. Only with <see cref="Seed"/>, and only into a database without dossiers.
    /// </summary>
    public int YearDossiers { get; set; }
}
