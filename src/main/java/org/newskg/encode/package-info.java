/**
 * Pretrained contextual word vectors for the learned stages: a small sentence encoder run by ONNX Runtime. Only
 * this package touches ONNX Runtime and the tokenizer.
 */
package org.newskg.encode;
