//! WH240's comment-block reader on arbitrary text: it ends, stays within its bounds, and every
//! block it returns keeps the file's line numbers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wheelhound_analysis::rules::commented_payload::commented_code;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let blocks = commented_code(&text);
    assert!(blocks.len() <= 16);
    for block in &blocks {
        assert!(block.first_line >= 1 && block.first_line <= block.last_line);
        assert!(block.last_line - block.first_line <= 800);
        // The padding puts the block's code on its own lines of the file.
        let padding = block.text.bytes().take_while(|&b| b == b'\n').count();
        assert!(padding + 1 >= block.first_line as usize);
    }
});
