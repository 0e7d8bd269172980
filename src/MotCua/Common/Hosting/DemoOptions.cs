namespace MotCua.Common.Hosting;

/// <summary>The <c>Demo</c> section.</summary>
internal sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Fill an empty database with the fictional province and one demo account per role (published password).</summary>
    public bool Seed { get; set; }
}
