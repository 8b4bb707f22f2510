import ContentModel
import Crypto
import Foundation

/// The publisher's Ed25519 key that signs manifests. Kept as the base64 of its 32-byte seed on one line, in a file
/// (`--signing-key`) or in the environment (`SITEGROUP_SIGNING_KEY`) of the pipeline that builds.
public struct SigningKey: Sendable {
    public static let environmentVariable = "SITEGROUP_SIGNING_KEY"
    /// The seed, from which Crypto's key (not Sendable) is made where it is used.
    private let raw: Data

    public static func generate() -> SigningKey {
        SigningKey(raw: Curve25519.Signing.PrivateKey().rawRepresentation)
    }

    private init(raw: Data) {
        self.raw = raw
    }

    public init(text: String) throws(ManifestProblem) {
        guard let raw = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)), raw.count == 32,
              (try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)) != nil else {
            throw ManifestProblem(Wording("it is not a signing key (one line: the base64 of 32 bytes, as `sitegroup key new` writes it)",
                                          "它不是签名私钥（应为一行 32 字节的 base64，即 `sitegroup key new` 写出的格式）"))
        }
        self.raw = raw
    }

    public var text: String { raw.base64EncodedString() }

    private var key: Curve25519.Signing.PrivateKey {
        // The seed was accepted by this very initializer when the key was made or read.
        try! Curve25519.Signing.PrivateKey(rawRepresentation: raw)
    }

    public var publicKey: PublicKey { PublicKey(raw: key.publicKey.rawRepresentation) }

    /// Ed25519 signatures are deterministic: the same manifest gets the same signature.
    public func signature(for data: Data) -> Data {
        // Signing with a valid key does not fail.
        (try? key.signature(for: data)) ?? Data()
    }
}

/// The key anyone checking a copy holds: the base64 of 32 bytes, printed by `sitegroup key new`.
public struct PublicKey: Sendable {
    private let raw: Data

    fileprivate init(raw: Data) {
        self.raw = raw
    }

    public init(text: String) throws(ManifestProblem) {
        guard let raw = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)), raw.count == 32,
              (try? Curve25519.Signing.PublicKey(rawRepresentation: raw)) != nil else {
            throw ManifestProblem(Wording("it is not a public key (the base64 of 32 bytes, as `sitegroup key new` prints it)",
                                          "它不是公钥（应为 32 字节的 base64，即 `sitegroup key new` 输出的格式）"))
        }
        self.raw = raw
    }

    public var text: String { raw.base64EncodedString() }

    /// - Parameter signature: the signature file's text (base64).
    public func accepts(signature: String, for data: Data) -> Bool {
        guard let signature = Data(base64Encoded: signature.trimmingCharacters(in: .whitespacesAndNewlines)),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return false }
        return key.isValidSignature(signature, for: data)
    }
}
