using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.UnitTests.Dossiers;

/// <summary>The history's action is sealed by its name, the string stored before it was an enum, so older chains verify (ADR-027, ADR-038).</summary>
public sealed class DossierEventHashTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    private readonly DossierEvent _event = DossierEvent.Create(
        Guid.Parse("0193a2c4-0000-7000-8000-000000000001"), 2, new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc), new Actor(null, "Tran Thi Binh", "10.0.0.1"),
        DossierAction.RequestCompletion, DossierStatus.Submitted, DossierStatus.SupplementRequested, "Thieu to khai", new string('a', 64));

    [Fact]
    public void The_keyed_seal_covers_the_actions_name_as_the_string_it_was()
    {
        using var c = new Canonical(string.Create(CultureInfo.InvariantCulture, $"dossier-event/{_event.Format}"));
        c.Add(_event.DossierId);
        c.Add(2);
        c.Add(_event.At);
        c.Add((Guid?)null);
        c.Add("Tran Thi Binh");
        c.Add("10.0.0.1");
        c.Add("RequestCompletion");
        c.Add((int?)DossierStatus.Submitted);
        c.Add((int)DossierStatus.SupplementRequested);
        c.Add("Thieu to khai");
        c.Add(new string('a', 64));
        c.Add((string?)null);
        c.Add(DossierEvent.GenesisHash);

        _event.ComputeHash(Key).ShouldBe(c.Hmac(Key));
    }

    [Fact]
    public void The_unkeyed_hash_of_older_events_covers_the_actions_name_as_the_string_it_was()
    {
        var canonical = string.Join('\u001f',
            _event.DossierId.ToString("N"), "2", _event.At.Ticks.ToString(CultureInfo.InvariantCulture), "", "Tran Thi Binh", "10.0.0.1",
            "RequestCompletion", "1", "5", "Thieu to khai", DossierEvent.GenesisHash);

        _event.ComputeLegacyHash().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));
    }
}
