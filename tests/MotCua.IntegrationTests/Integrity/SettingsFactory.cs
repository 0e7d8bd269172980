using MotCua.Testing;

namespace MotCua.IntegrationTests.Integrity;

/// <summary>The application on its own database with some settings of the test's choosing.</summary>
public sealed class SettingsFactory(IDictionary<string, string?> settings) : MotCuaFactory
{
    protected override IDictionary<string, string?> Settings { get; } = settings;
}
