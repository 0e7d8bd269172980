using MotCua.Testing;

namespace MotCua.IntegrationTests;

/// <summary>
/// Test classes that share one host and its database across classes (ADR-033): a host start costs 0.4–0.8 s of CPU
/// whatever the class does with it. xUnit runs the classes of a collection one after another, so a class may still count
/// rows before and after its own action; it may not depend on what another class of the collection leaves behind (an
/// exact list or count of rows anyone could add), nor leave behind what another class of its collection reads (a setting,
/// a locked or changed demo account, a changed demo procedure, agency or calendar). Each works on data of its own: a new
/// citizen, procedure field, code or dossier.
/// </summary>
public static class SharedHosts
{
    /// <summary>Classes that read the demo data as seeded (the catalogue's count and its procedures, the menus, the demo accounts' sign-in).</summary>
    public const string DemoData = "Shared host: demo data as seeded";

    /// <summary>Classes that add procedures under fields and codes of their own to the catalogue.</summary>
    public const string Catalogue = "Shared host: catalogue of their own";

    /// <summary>
    /// Classes that register citizens with contacts of their own or follow dossiers of their own, and classes that change
    /// what the demo-data classes read but no class here does (a demo procedure's amendment, an agency's working week).
    /// </summary>
    public const string Citizens = "Shared host: citizens and dossiers of their own";

    /// <summary>Classes that apply online as citizens of their own, or submit and act through API keys of their own.</summary>
    public const string Online = "Shared host: online applications and API dossiers of their own";
}

[CollectionDefinition(SharedHosts.DemoData)]
public sealed class DemoDataCollection : ICollectionFixture<MotCuaFactory>
{
}

[CollectionDefinition(SharedHosts.Catalogue)]
public sealed class CatalogueCollection : ICollectionFixture<MotCuaFactory>
{
}

[CollectionDefinition(SharedHosts.Citizens)]
public sealed class CitizensCollection : ICollectionFixture<MotCuaFactory>
{
}

[CollectionDefinition(SharedHosts.Online)]
public sealed class OnlineCollection : ICollectionFixture<MotCuaFactory>
{
}
