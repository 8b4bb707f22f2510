import ArgumentParser
import ContentModel
import Foundation
import Integrity

struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Make and read the Ed25519 key that signs the manifests of built sites.",
        subcommands: [NewKeyCommand.self, PublicKeyCommand.self]
    )
}

struct NewKeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new signing key to a file (readable by its owner only) and print its public key.",
        discussion: """
            Keep the file secret: give it to `build --signing-key`, or its one line to the pipeline's \
            SITEGROUP_SIGNING_KEY. Give the printed public key to whoever runs `sitegroup verify`. An existing file is never replaced.
            """
    )

    @Argument(help: ArgumentHelp("Where to write the private key.", valueName: "file"))
    var file: String

    func run() throws {
        let key = SigningKey.generate()
        // Written whole under a scratch name with owner-only permissions, then linked to its name, which `link` never
        // takes from an existing file: no key is replaced, left readable, or left half-written by a kill.
        let scratch = "\(file).partial-\(getpid())"
        let descriptor = open(scratch, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw couldNotRun(FileSystemError(path: scratch, code: errno).text(in: .english)) }
        defer { unlink(scratch) }
        let line = Array((key.text + "\n").utf8)
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == line.count, synced else { throw couldNotRun(FileSystemError(path: scratch, code: errno).text(in: .english)) }
        guard link(scratch, file) == 0 else {
            let reason = errno == EEXIST ? "it exists already; a key is never replaced (choose another file, or delete it first)"
                                         : FileSystemError(path: file, code: errno).reason.english
            throw couldNotRun("\(file): \(reason)")
        }
        print(key.publicKey.text)
    }
}

struct PublicKeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "public",
        abstract: "Print the public key of a signing key file."
    )

    @Argument(help: ArgumentHelp("The private key file.", valueName: "file"))
    var file: String

    func run() throws {
        guard let key = try ManifestSigning.keyFile(file).key() else { return }
        print(key.publicKey.text)
    }
}
