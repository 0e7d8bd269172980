using MotCua.Modules.Organization.Auditing;

namespace MotCua.UnitTests.Organization.Auditing;

public sealed class AuditKeyRingTests
{
    private static readonly string Key = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)i).ToArray());

    [Fact]
    public void Production_without_a_configured_key_is_refused_naming_the_setting()
    {
        var errors = AuditKeyRing.Read(new AuditChainOptions(), production: true, out _, out _);

        errors.ShouldHaveSingleItem().ShouldContain("AuditChain:CurrentKeyId");
    }

    [Fact]
    public void Development_without_a_configured_key_gets_the_development_key()
    {
        var errors = AuditKeyRing.Read(new AuditChainOptions(), production: false, out var keys, out var current);

        errors.ShouldBeEmpty();
        current.ShouldBe(AuditKeyRing.DevelopmentKeyId);
        keys[current].Length.ShouldBe(32);
    }

    [Fact]
    public void A_current_key_id_that_is_not_among_the_keys_is_refused()
    {
        var options = new AuditChainOptions { CurrentKeyId = "2026-07", Keys = { ["2026-01"] = new AuditKeySource { Secret = Key } } };

        AuditKeyRing.Read(options, production: true, out _, out _).ShouldHaveSingleItem().ShouldContain("'2026-07' is not among AuditChain:Keys");
    }

    [Theory]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64 at all")]
    [InlineData("")]
    public void A_key_shorter_than_32_bytes_or_not_base64_is_refused(string secret)
    {
        var options = new AuditChainOptions { CurrentKeyId = "k1", Keys = { ["k1"] = new AuditKeySource { Secret = secret } } };

        AuditKeyRing.Read(options, production: true, out _, out _).ShouldHaveSingleItem().ShouldContain("AuditChain:Keys:k1 must hold at least 32 random bytes");
    }

    [Fact]
    public void Keys_are_read_from_files_and_old_keys_stay_available_by_id()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, Key + "\n");
            var options = new AuditChainOptions
            {
                CurrentKeyId = "2026-07",
                Keys = { ["2026-01"] = new AuditKeySource { Secret = Convert.ToBase64String(new byte[40]) }, ["2026-07"] = new AuditKeySource { File = file } },
            };

            AuditKeyRing.Read(options, production: true, out var keys, out var current).ShouldBeEmpty();
            current.ShouldBe("2026-07");
            keys["2026-07"].ShouldBe(Convert.FromBase64String(Key));
            keys["2026-01"].Length.ShouldBe(40);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
