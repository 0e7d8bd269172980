using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using MotCua.Modules.Integrity;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.UnitTests.Integrity;

/// <summary>The anchor text that leaves the database is read back exactly, in every format it was ever written in (ADR-027).</summary>
public sealed class AuditAnchorTextTests
{
    private static readonly AuditKeyRing Keys = new(Options.Create(new AuditChainOptions()), new HostingEnvironment { EnvironmentName = Environments.Development });

    // Written by the first format (no cut-off), sealed with the development key; pinned so format 1 keeps verifying.
    private const string FormatOne = """
        MotCua audit anchor 2026-12-06
        created-at: 2026-12-06T01:30:00.123456Z
        dossiers: 3
        dossier-events: 12
        dossier-root: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
        audit-entries: 5
        audit-head: bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
        previous-anchor: 0000000000000000000000000000000000000000000000000000000000000000
        key-id: dev
        hmac-sha256: 4a76e396356906a8907f7ffdcc21b8831ecd0164604983b767c2cfdc2c264da6
        """;

    [Fact]
    public void An_exported_anchor_reads_back_with_its_cut_off_and_fold_and_its_seal_recomputes()
    {
        var cutOff = new DateTime(2026, 12, 7, 17, 0, 0, DateTimeKind.Utc);
        var fold = new AnchorFold(cutOff, 3, 12, new string('a', 64), 5, new string('b', 64));
        var anchor = AuditAnchor.Create(new DateOnly(2026, 12, 8), cutOff.AddHours(1), fold, AuditChainHead.GenesisHash, Keys);

        var read = AuditAnchor.Parse(anchor.ToText().ReplaceLineEndings("\r\n"))!;

        anchor.ToText().ShouldContain("format: 2\ncreated-at: 2026-12-07T18:00:00.000000Z\ncut-off: 2026-12-07T17:00:00.000000Z\n");
        read.ToText().ShouldBe(anchor.ToText());
        read.Fold.ShouldBe(fold);
        read.ComputeHash(Keys.Current).ShouldBe(anchor.Hash);
    }

    [Fact]
    public void An_anchor_written_in_the_first_format_still_reads_and_verifies()
    {
        var read = AuditAnchor.Parse(FormatOne)!;

        (read.Format, read.CutOff, read.Day).ShouldBe((1, (DateTime?)null, new DateOnly(2026, 12, 6)));
        read.ComputeHash(Keys.Current).ShouldBe(read.Hash);
    }

    [Theory]
    [InlineData("dossiers: 3\n", "")]
    [InlineData("dossiers: 3\n", "dossiers: 3\ndossiers: 4\n")]
    [InlineData("dossiers: 3", "dossiers: ba")]
    [InlineData("key-id: dev\n", "key-id: dev\nnote: x\n")]
    [InlineData("MotCua audit anchor 2026-12-06", "MotCua audit anchor 06/12/2026")]
    public void A_text_with_a_field_missing_repeated_added_or_malformed_is_not_an_anchor(string field, string replacement)
    {
        AuditAnchor.Parse(FormatOne.ReplaceLineEndings("\n").Replace(field, replacement, StringComparison.Ordinal)).ShouldBeNull();
    }

    [Fact]
    public void An_edited_anchor_reads_but_its_seal_no_longer_recomputes()
    {
        var read = AuditAnchor.Parse(FormatOne.Replace("dossier-events: 12", "dossier-events: 11", StringComparison.Ordinal))!;

        read.ComputeHash(Keys.Current).ShouldNotBe(read.Hash);
    }
}
