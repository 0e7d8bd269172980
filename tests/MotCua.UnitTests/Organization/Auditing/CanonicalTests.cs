using MotCua.Modules.Organization.Auditing;

namespace MotCua.UnitTests.Organization.Auditing;

public sealed class CanonicalTests
{
    [Fact]
    public void Canonical_bytes_tell_a_null_from_an_empty_text_and_keep_field_boundaries()
    {
        string Hash(string? a, string? b)
        {
            using var c = new Canonical("test");
            c.Add(a);
            c.Add(b);
            return c.Sha256();
        }

        Hash(null, "x").ShouldNotBe(Hash("", "x"));
        Hash("ab", "c").ShouldNotBe(Hash("a", "bc"));
        Hash("a\u001fb", "c").ShouldNotBe(Hash("a", "b\u001fc"));
        Hash("Nguyễn", "x").ShouldBe(Hash("Nguyễn", "x"));
    }

    [Fact]
    public void Instants_are_hashed_in_whole_microseconds_as_PostgreSQL_keeps_them()
    {
        string Hash(DateTime at)
        {
            using var c = new Canonical("test");
            c.Add(at);
            return c.Sha256();
        }

        var at = new DateTime(2026, 12, 6, 1, 2, 3, DateTimeKind.Utc).AddTicks(1234567);
        Hash(at).ShouldBe(Hash(at.AddTicks(-7)));
        Hash(at).ShouldNotBe(Hash(at.AddTicks(10)));
    }
}
